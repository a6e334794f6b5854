package io.github.cdilogin.quickstart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@link Users} keeps what a password change alters: each user's password hash and auth stamp. A real
 * application keeps them in its user table, which every server reads; the example keeps them in memory on
 * one server, and in the cluster's data grid when it runs as a member of a cluster ({@link SharedAccounts}),
 * so that a password changed on one member is the password, and its stamp the stamp, on all of them.
 */
interface Accounts {

    /** A user with the hash of their password. */
    record Account(User user, Passwords.Hash password) {
    }

    /** @return the account with this name, as it is now, or {@code null} */
    Account get(String username);

    /** Adds a seed account, unless one of that name is there already (another member's, maybe changed since). */
    void addIfAbsent(Account account);

    /**
     * @param current the account as it was read
     * @param changed what it becomes
     * @return whether it was replaced: {@code false} when it changed since it was read
     */
    boolean replace(Account current, Account changed);

    /** One server's accounts: a map, and one look-up per request that loads the user. */
    final class InMemory implements Accounts {
        private final Map<String, Account> accounts = new ConcurrentHashMap<>();

        @Override
        public Account get(String username) {
            return accounts.get(username);
        }

        @Override
        public void addIfAbsent(Account account) {
            accounts.putIfAbsent(account.user().username(), account);
        }

        @Override
        public boolean replace(Account current, Account changed) {
            return accounts.replace(current.user().username(), current, changed);
        }
    }
}

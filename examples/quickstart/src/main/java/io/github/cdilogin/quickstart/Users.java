package io.github.cdilogin.quickstart;

import io.github.cdilogin.quickstart.Accounts.Account;
import io.github.cdilogin.spi.UserLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example's user store and its {@link UserLoader}: the one bean every cdi-login
 * application writes. The library stores only the user's id in the session and asks this bean for
 * the user again on each request that uses it.
 *
 * <p>Passwords and API tokens appear in clear below only because the example must be able to log
 * in with them; what is kept is a salted PBKDF2 hash of each password and a SHA-256 digest of each
 * token, as a database would keep them.
 *
 * <p>Where the accounts live ({@link Accounts}): in memory on one server; on the cluster's data grid when the
 * example runs as a cluster member ({@code -Dquickstart.users=jcache}, which the cluster mode sets), since a
 * real application's user table is shared by all its servers. Kept per member, a password change on one
 * would change the password and the auth stamp there only: on another member the old password would still
 * log in, and the user's other sessions, whose stamp that member still finds, would stay logged in. One
 * server does without the grid: its users would pay a grid read on each request for nothing.
 */
@ApplicationScoped
public class Users implements UserLoader<User> {

    /** The setting that puts the accounts on the cluster's data grid: {@code -Dquickstart.users=jcache}. */
    static final String SHARED_SETTING = "quickstart.users";

    /** Each replaced whole, one at a time, when a password changes. */
    private Accounts accounts;
    /**
     * The stamp of the passwords every member starts with: the same on all members of a cluster, so that
     * whichever member adds the seed accounts to the grid, the logins made before are not ended. Each change
     * makes a random one ({@link Passwords#stamp()}).
     */
    private static final String FIRST_STAMP = "first password";
    private final Map<String, String> usernameByTokenDigest = new HashMap<>();
    /** Checked against when the name is unknown, so that timing does not tell which names exist. */
    private Passwords.Hash nobody;

    @PostConstruct
    void createAccounts() {
        // alice is an admin, bob is not, mallory's account is disabled
        List<User> seeds = List.of(new User("alice", "Alice", true, true, FIRST_STAMP),
                new User("bob", "Bob", true, false, FIRST_STAMP),
                new User("mallory", "Mallory", false, false, FIRST_STAMP));
        // SharedAccounts is loaded, and javax.cache with it, only on a cluster member
        accounts = "jcache".equals(System.getProperty(SHARED_SETTING)) ? SharedAccounts.open(seeds) : new Accounts.InMemory();
        add(seeds.get(0), "wonderland", "alice-api-token");
        add(seeds.get(1), "builder", "bob-api-token");
        add(seeds.get(2), "locked", "mallory-api-token");
        nobody = Passwords.hash("not a password".toCharArray());
    }

    /** Creates this bean, and so hashes the passwords, at start rather than at the first login. */
    void hashPasswordsAtStart(@Observes Startup startup) {
        // the @PostConstruct above did the work
    }

    private void add(User user, String password, String apiToken) {
        accounts.addIfAbsent(new Account(user, Passwords.hash(password.toCharArray())));
        usernameByTokenDigest.put(digest(apiToken), user.username());
    }

    @Override
    public Optional<User> loadUser(String id) {
        return Optional.ofNullable(id == null ? null : accounts.get(id)).map(Account::user);
    }

    /**
     * @return the user with this name and password, also an inactive one (the login refuses it,
     *         and only someone who knows the password learns that the account is disabled)
     */
    public Optional<User> authenticate(String username, String password) {
        Account account = username == null ? null : accounts.get(username);
        boolean matches = password != null
                && Passwords.verify(password.toCharArray(), account == null ? nobody : account.password());
        return matches && account != null ? Optional.of(account.user()) : Optional.empty();
    }

    /**
     * Changes a password, when {@code current} is the user's password now. The user gets a new auth stamp
     * with it, so that the library ends the user's other logins ({@code LoginManager.passwordChanged}).
     * Atomic: of two changes racing from the same password, one wins and the other gets empty.
     *
     * @return the user as it is after the change, or empty when {@code current} is wrong
     */
    public Optional<User> changePassword(String username, String current, String next) {
        Account account = username == null ? null : accounts.get(username);
        if (account == null || current == null || next == null
                || !Passwords.verify(current.toCharArray(), account.password())) {
            return Optional.empty();
        }
        Account changed = new Account(account.user().withAuthStamp(Passwords.stamp()), Passwords.hash(next.toCharArray()));
        return accounts.replace(account, changed) ? Optional.of(changed.user()) : Optional.empty();
    }

    /** @return the owner of this API token */
    public Optional<User> findByApiToken(String token) {
        return Optional.ofNullable(usernameByTokenDigest.get(digest(token))).flatMap(this::loadUser);
    }

    private static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

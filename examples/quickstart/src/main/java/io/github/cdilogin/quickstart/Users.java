package io.github.cdilogin.quickstart;

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
import java.util.Map;
import java.util.Optional;

/**
 * The example's user store, in memory, and its {@link UserLoader}: the one bean every cdi-login
 * application writes. The library stores only the user's id in the session and asks this bean for
 * the user again on each request that uses it.
 *
 * <p>Passwords and API tokens appear in clear below only because the example must be able to log
 * in with them; what is kept is a salted PBKDF2 hash of each password and a SHA-256 digest of each
 * token, as a database would keep them.
 */
@ApplicationScoped
public class Users implements UserLoader<User> {

    private record Account(User user, Passwords.Hash password) {
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> usernameByTokenDigest = new HashMap<>();
    /** Checked against when the name is unknown, so that timing does not tell which names exist. */
    private Passwords.Hash nobody;

    @PostConstruct
    void createAccounts() {
        add(new User("alice", "Alice", true, true), "wonderland", "alice-api-token");
        add(new User("bob", "Bob", true, false), "builder", "bob-api-token");
        add(new User("mallory", "Mallory", false, false), "locked", "mallory-api-token");
        nobody = Passwords.hash("not a password".toCharArray());
    }

    /** Creates this bean, and so hashes the passwords, at start rather than at the first login. */
    void hashPasswordsAtStart(@Observes Startup startup) {
        // the @PostConstruct above did the work
    }

    private void add(User user, String password, String apiToken) {
        accounts.put(user.username(), new Account(user, Passwords.hash(password.toCharArray())));
        usernameByTokenDigest.put(digest(apiToken), user.username());
    }

    @Override
    public Optional<User> loadUser(String id) {
        return Optional.ofNullable(accounts.get(id)).map(Account::user);
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

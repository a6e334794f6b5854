package io.github.cdilogin.example.jpa;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The {@link UserLoader} of this application (Flask-Login's {@code @user_loader}): users are rows of
 * PostgreSQL's {@code app_user} table, read through JPA. cdi-login keeps only the username in the
 * session and in remember-me series, and calls {@link #loadUser} once in each request that uses the
 * current user, so a change in the table (a new name, an account made inactive) counts from the next
 * request on. That is why {@code persistence.xml} turns JPA's shared cache off: a cached row would
 * keep a disabled account logged in.
 *
 * <pre>{@code
 * @Inject Users users;
 * Optional<User> user = users.authenticate(username, password);   // the login form
 * }</pre>
 */
@ApplicationScoped
public class Users implements UserLoader<User> {

    @PersistenceContext(unitName = "app")
    EntityManager entityManager;

    @Inject
    Passwords passwords;

    /** One look-up by primary key; outside a transaction, so the entity is not kept. */
    @Override
    public Optional<User> loadUser(String id) {
        return find(id).map(Account::toUser);
    }

    /**
     * @return the user with this name and password, also an inactive one (the login refuses it, and
     *         only someone who knows the password learns that the account is disabled)
     */
    public Optional<User> authenticate(String username, String password) {
        Account account = find(username).orElse(null);
        boolean matches = passwords.matches(password, account == null ? null : account.passwordHash());
        return matches ? Optional.of(account.toUser()) : Optional.empty();
    }

    /**
     * A name that cannot be in the table is not looked up: PostgreSQL refuses text with a NUL character
     * with an error (a 500 for a typed {@code %00}), and a longer name than the column's is nobody.
     */
    private Optional<Account> find(String username) {
        if (username == null || username.isEmpty() || username.length() > Account.MAX_USERNAME_LENGTH
                || username.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Account.class, username));
    }
}

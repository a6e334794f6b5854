package io.github.cdilogin.example.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Puts the example's three users into {@code app_user} at start, each only when its row is missing:
 * a restart, or a database that has them already, changes nothing (a password changed in the
 * database stays changed). A real application would rather have a sign-up form or a migration.
 *
 * <table>
 * <caption>The users</caption>
 * <tr><th>username</th><th>password</th><th>active</th></tr>
 * <tr><td>alice</td><td>wonderland</td><td>yes</td></tr>
 * <tr><td>bob</td><td>builder</td><td>yes</td></tr>
 * <tr><td>mallory</td><td>locked</td><td>no</td></tr>
 * </table>
 */
@ApplicationScoped
public class SeedUsers {

    private static final Logger LOG = Logger.getLogger(SeedUsers.class.getName());

    @PersistenceContext(unitName = "app")
    EntityManager entityManager;

    @Inject
    Passwords passwords;

    /** One transaction at start; the table itself is made by JPA from {@code META-INF/sql/create.sql}. */
    @Transactional
    void seed(@Observes Startup startup) {
        int added = add("alice", "Alice", "wonderland", true)
                + add("bob", "Bob", "builder", true)
                + add("mallory", "Mallory", "locked", false);
        if (added > 0) {
            LOG.info(() -> "example users added to app_user: " + added);
        }
    }

    private int add(String username, String name, String password, boolean active) {
        if (entityManager.find(Account.class, username) != null) {
            return 0;
        }
        entityManager.persist(new Account(username, name, passwords.hash(password), active));
        return 1;
    }
}

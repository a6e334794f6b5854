package io.github.cdilogin.example.jpa;

import io.github.cdilogin.LoginUser;

/**
 * The logged-in user as pages and the API see it: cdi-login's {@link LoginUser} (Flask-Login's
 * {@code UserMixin}), made by {@link Users} from an {@link Account} row. A value, not the entity: it
 * carries no password hash, and nothing JPA manages reaches a page or the session.
 *
 * <p>Pages read the name as {@code ${currentUser.name()}}: Jakarta EL 5 (EE 10) has no property syntax
 * for record components.
 *
 * @param username the login name, also the id kept in the session and in remember-me series
 * @param name the name shown on pages
 * @param active whether the account may log in; a login whose account is made inactive in the database
 *        ends at its next request
 */
public record User(String username, String name, boolean active) implements LoginUser {

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isActive() {
        return active;
    }
}

package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginUser;
import java.util.Set;

/**
 * A user of the example. Only {@link #getId()} is required by {@link LoginUser}; {@link #isActive()}
 * is overridden because mallory's account is disabled. The password hash is kept out of this type on
 * purpose: the current user reaches pages ({@code ${currentUser}}) and JSON, its hash must not.
 *
 * <p>Pages read the name as {@code ${currentUser.name()}}: Jakarta EL 5 (EE 10) has no property
 * syntax for record components.
 *
 * @param username the login name, also the id kept in the session
 * @param name the name shown on pages
 * @param active whether the account may log in
 * @param admin whether the user holds the role {@code admin} ({@link #getRoles()}), which {@code /admin}
 *        and {@code /api/admin} ask for
 * @param authStamp a random value made anew with each password ({@link Users#changePassword}): when it
 *        changes, every other login of the user ends ({@link LoginUser#getAuthStamp()})
 */
public record User(String username, String name, boolean active, boolean admin, String authStamp) implements LoginUser {

    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> NONE = Set.of();

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    /** The platform reads these: {@code request.isUserInRole("admin")}, {@code @RolesAllowed("admin")}. */
    @Override
    public Set<String> getRoles() {
        return admin ? ADMIN : NONE;
    }

    @Override
    public String getAuthStamp() {
        return authStamp;
    }

    /** @return this user with another stamp, after a new password; the stamp is kept out of {@code toString} */
    User withAuthStamp(String stamp) {
        return new User(username, name, active, admin, stamp);
    }

    @Override
    public String toString() {
        return "User[" + username + "]";
    }
}

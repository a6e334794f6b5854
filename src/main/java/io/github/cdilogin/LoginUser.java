package io.github.cdilogin;

import java.util.Set;

/**
 * What the library needs to know about a user: an id and whether the account may log in.
 *
 * <p>This is Flask-Login's {@code UserMixin}. Implement it on the application's own user type
 * (a class or a record) and every method but {@link #getId()} has the same default as
 * Flask-Login's mixin:
 * <pre>{@code
 * public record AppUser(String username, String name, boolean enabled) implements LoginUser {
 *     public String getId() { return username; }
 *     public boolean isActive() { return enabled; }
 * }
 * }</pre>
 *
 * <p>When nobody is logged in the current user is never {@code null}: it is the anonymous user,
 * {@link #anonymous()} or the application's own bean qualified {@link AnonymousUser}.
 * Two {@code LoginUser}s stand for the same account when their ids are equal; the library
 * compares ids, never object identity.
 */
public interface LoginUser {

    /**
     * The id the {@link io.github.cdilogin.spi.UserLoader} finds this user by again
     * (Flask-Login's {@code get_id()}). It is stored in the session, so keep it short and stable;
     * {@code null} only for the anonymous user.
     *
     * @return the id, never {@code null} for a user that can log in
     */
    String getId();

    /**
     * Whether the account may log in (Flask-Login's {@code is_active}). An inactive user is refused
     * by {@code login} (unless forced) and is treated as logged out when loaded again.
     *
     * @return {@code true} by default
     */
    default boolean isActive() {
        return true;
    }

    /**
     * Whether this user passes {@link LoginRequired} (Flask-Login's {@code is_authenticated}).
     *
     * @return {@link #isActive()} by default
     */
    default boolean isAuthenticated() {
        return isActive();
    }

    /**
     * Whether this is the stand-in for nobody (Flask-Login's {@code is_anonymous}).
     *
     * @return {@code false} by default
     */
    default boolean isAnonymous() {
        return false;
    }

    /**
     * The role names this user holds, for the platform: in the {@code request} mode of
     * {@code cdi-login.container-identity} (opt-in; the default is {@code none}),
     * {@code request.isUserInRole(role)}, a JAX-RS {@code SecurityContext.isUserInRole(role)} and
     * {@code @RolesAllowed} on JAX-RS resources answer from them. Flask-Login has no roles: Flask
     * applications add Flask-Principal for them; here they are data the library hands on, and the
     * library itself still asks only "logged in or not, fresh or not".
     * <pre>{@code
     * public record AppUser(String username, boolean admin) implements LoginUser {
     *     public String getId() { return username; }
     *     public Set<String> getRoles() { return admin ? Set.of("admin") : Set.of(); }
     * }
     * }</pre>
     * It is asked each time a role is checked, so return a set the user keeps rather than building one.
     *
     * @return the roles; empty (none) by default, never {@code null}
     */
    default Set<String> getRoles() {
        return Set.of();
    }

    /**
     * A value that changes whenever every existing login of this user must end, such as a password
     * change: Flask-Login's "alternative tokens" ({@code get_id()} returning a value that includes the
     * password's version), Django's session auth hash ({@code get_session_auth_hash()}), Flask-Security's
     * {@code fs_uniquifier}.
     *
     * <p>At login the library keeps a short hash of it (never the value) in the session and with the
     * remember series, and compares it each time the user is loaded: when it differs, that login ends
     * (session and remember cookie) at its next request, on every member of a cluster, with nothing to
     * register. After changing a password, call {@link LoginManager#passwordChanged(LoginUser)} to keep the
     * login of the request that changed it. Derive it from something the user's record already holds:
     * <pre>{@code
     * public record AppUser(String username, String passwordHash) implements LoginUser {
     *     public String getId() { return username; }
     *     public String getAuthStamp() { return passwordHash; }   // a new password ends every other login
     * }
     * }</pre>
     * The value itself never leaves the server (only a SHA-256 hash of it is kept), but it should not be
     * guessable from public data either; the password hash or a random value rotated at each change is.
     *
     * @return {@code null} by default: logins of this user end only by logout, revocation or expiry
     */
    default String getAuthStamp() {
        return null;
    }

    /**
     * The library's anonymous user (Flask-Login's {@code AnonymousUserMixin}): no id, not active,
     * not authenticated, anonymous. An application replaces it with a bean qualified
     * {@link AnonymousUser}.
     *
     * @return the shared, immutable anonymous user
     */
    static LoginUser anonymous() {
        return AnonymousLoginUser.INSTANCE;
    }
}

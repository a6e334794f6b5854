package io.github.cdilogin;

/**
 * Logs users in and out and answers questions about the current login: Flask-Login's
 * {@code login_user}, {@code logout_user}, {@code confirm_login}, {@code login_fresh} and
 * {@code login_remembered}, as one injectable bean.
 *
 * <pre>{@code
 * @Inject LoginManager loginManager;
 *
 * if (passwords.verify(form.password(), user.hash())) {
 *     if (!loginManager.login(user, form.remember() ? LoginOptions.DEFAULT.remember() : LoginOptions.DEFAULT)) {
 *         return "Account disabled";
 *     }
 * }
 * ...
 * loginManager.logout();
 * }</pre>
 *
 * <p>Every change is complete before its event ({@link LoginEvent}, {@link LogoutEvent},
 * {@link LoginConfirmedEvent}) reaches synchronous observers. An exception thrown by a synchronous
 * observer propagates out of the method that fired it, but the change it observed stays made: a
 * failing {@code LoginEvent} observer does not undo the login. Asynchronous observers cannot affect
 * the call; their failures are logged.
 *
 * <p>The bean belongs to the current request; outside an HTTP request (a timer, a message) nobody
 * is logged in.
 */
public interface LoginManager {

    /**
     * Logs {@code user} in with {@link LoginOptions#DEFAULT}: {@code login_user(user)}.
     *
     * @param user the user to log in; not anonymous, with an id
     * @return {@code false}, and nothing changes, when the user is not active
     */
    boolean login(LoginUser user);

    /**
     * Logs {@code user} in: stores its id in the session under a new session id (the pre-login id
     * stops carrying anything), makes it the current user of this request and fires
     * {@link LoginEvent}.
     *
     * @param user the user to log in; not anonymous, with an id
     * @param options remember me, its duration, force and fresh
     * @return {@code false}, and nothing changes, when the user is not active and not forced
     * @throws IllegalArgumentException when the user is anonymous or has no id
     */
    boolean login(LoginUser user, LoginOptions options);

    /**
     * Logs the current user out: {@code logout_user()}. Invalidates the session, so the old session
     * id carries nothing any more, and fires {@link LogoutEvent} with the user who left (the
     * anonymous user when nobody was logged in).
     */
    void logout();

    /**
     * Marks the current login fresh again, after the user re-entered a password:
     * {@code confirm_login()}. Changes the session id and fires {@link LoginConfirmedEvent}.
     * Does nothing when the session holds no login.
     */
    void confirm();

    /**
     * Revokes every "remember me" series of {@code user}, on every device, this one included. Cookies
     * already issued then log nobody in, and every session that was restored from one of them (or made
     * with one, by a login with remember me) ends at its next request. Sessions logged in without
     * remember me stay open until they end or log out: to end those too, give the user an
     * {@linkplain LoginUser#getAuthStamp() auth stamp} and call {@link #passwordChanged(LoginUser)}.
     * Flask-Login has no counterpart (its cookies cannot be revoked).
     *
     * @param user whose remembered logins end
     */
    void revokeRememberedLogins(LoginUser user);

    /**
     * "Log out everywhere else", after the application changed {@code user}'s password (or anything its
     * {@linkplain LoginUser#getAuthStamp() auth stamp} follows): Django's {@code update_session_auth_hash},
     * Flask-Login's alternative tokens. When {@code user} is the user of this request, this login stays:
     * the session is stamped with the new stamp (under a new session id) and, when it had a remember
     * cookie, this browser gets a new one that ends when the old one would have. Every other remember
     * series of the user is revoked, and every other session of the user ends at its next request, on
     * any member of a cluster, because its stamp no longer matches. For another user (an administrator's
     * reset) all of that user's logins end and this request's login is untouched.
     * <pre>{@code
     * AppUser updated = users.changePassword(user, form.newPassword());   // getAuthStamp() now differs
     * loginManager.passwordChanged(updated);
     * }</pre>
     * Without an auth stamp, only the remember series and the sessions made from them end (as with
     * {@link #revokeRememberedLogins(LoginUser)}), and this browser keeps its login and cookie.
     * Call it from a guarded page that checked the current password (a {@link FreshLoginRequired} form):
     * the guard reads the user with the old stamp, so a session already ended elsewhere never gets here.
     *
     * @param user the user whose password changed, as loaded after the change
     * @throws IllegalStateException when the remember-token store cannot be reached: the revocation did not happen
     */
    void passwordChanged(LoginUser user);

    /**
     * Where to send the user after a login: the request's {@code next} parameter (from the query or a
     * form), or the page kept in the session when {@code cdi-login.use-session-for-next} is on, and only
     * when it is a {@linkplain SafeNext#isSafe(String) safe} path. A request with more than one
     * {@code next} gets none of them: a proxy or firewall in front may have checked another one than
     * this method would follow ({@link SafeNext#isAbsentOrSafe(jakarta.servlet.http.HttpServletRequest)}).
     * <pre>{@code
     * response.sendRedirect(loginManager.next().orElse(request.getContextPath() + "/"));
     * }</pre>
     *
     * @return the safe target, or empty
     */
    java.util.Optional<String> next();

    /**
     * The user of this request: {@code current_user}. Never {@code null}; the anonymous user when
     * nobody is logged in. The user loader runs at the first call of a request, never again in it.
     *
     * @return the current user
     */
    LoginUser currentUser();

    /**
     * The user of this request as the application's own type, for code that cannot inject
     * {@code @CurrentUser AppUser} (a servlet lives longer than a request):
     * <pre>{@code
     * AppUser user = loginManager.currentUser(AppUser.class).orElseThrow();
     * }</pre>
     *
     * @param type the application's user type
     * @param <U> that type
     * @return the current user when it is a {@code type}; empty for the anonymous user (unless the
     *         application's anonymous user is a {@code type} itself)
     */
    default <U extends LoginUser> java.util.Optional<U> currentUser(Class<U> type) {
        LoginUser user = currentUser();
        return type.isInstance(user) ? java.util.Optional.of(type.cast(user)) : java.util.Optional.empty();
    }

    /**
     * Whether the current login was made in this session by {@code login} or {@code confirm}:
     * {@code login_fresh()}.
     *
     * @return {@code false} when nobody is logged in, for a remembered login and for a request-loader user
     */
    boolean isFresh();

    /**
     * Whether the current login was restored from the remember cookie: {@code login_remembered()}.
     *
     * @return {@code false} when nobody is logged in
     */
    boolean isRemembered();

    /**
     * Where this request's user came from.
     *
     * @return {@link LoginSource#NONE} when nobody is logged in
     */
    LoginSource source();
}

package io.github.cdilogin;

/**
 * A user logged out: Flask-Login's {@code user_logged_out} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onLogout(@Observes LogoutEvent event) { audit.info("logout " + event.user().getId()); }
 * }</pre>
 *
 * @param user the user who left; the anonymous user when nobody was logged in
 */
public record LogoutEvent(LoginUser user) {
}

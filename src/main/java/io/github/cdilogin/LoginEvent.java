package io.github.cdilogin;

/**
 * A user logged in: Flask-Login's {@code user_logged_in} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onLogin(@Observes LoginEvent event) { audit.info("login " + event.user().getId()); }
 * }</pre>
 *
 * @param user the user now logged in
 * @param remember whether "remember me" was asked for
 * @param fresh whether the login is fresh
 */
public record LoginEvent(LoginUser user, boolean remember, boolean fresh) {
}

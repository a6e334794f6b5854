package io.github.cdilogin;

/**
 * The remember cookie logged a user in again, with a new session and a login that is not fresh: Flask-Login's {@code user_loaded_from_cookie} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onRemembered(@Observes UserLoadedFromCookieEvent event) { audit.info("remembered " + event.user().getId()); }
 * }</pre>
 *
 * @param user the user restored
 */
public record UserLoadedFromCookieEvent(LoginUser user) {
}

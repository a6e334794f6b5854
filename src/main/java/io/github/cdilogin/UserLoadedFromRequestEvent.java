package io.github.cdilogin;

/**
 * The request loader found this request's user; nothing is stored in the session: Flask-Login's {@code user_loaded_from_request} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onApiUser(@Observes UserLoadedFromRequestEvent event) { metrics.apiCall(event.user().getId()); }
 * }</pre>
 *
 * @param user the user the request carried
 */
public record UserLoadedFromRequestEvent(LoginUser user) {
}

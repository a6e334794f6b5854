package io.github.cdilogin;

/**
 * The current user is about to be loaded for the first time in this request: Flask-Login's {@code user_accessed} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onAccess(@Observes UserAccessedEvent event) { requests.increment(); }
 * }</pre>
 */
public record UserAccessedEvent() {
}

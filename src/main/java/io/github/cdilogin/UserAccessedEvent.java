package io.github.cdilogin;

/**
 * The current user was loaded for the first time in this request: Flask-Login's {@code user_accessed}
 * signal. Unlike Flask-Login's, it fires once the user is known, so an observer may read it.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onAccess(@Observes UserAccessedEvent event) { audit.info("seen " + currentUser.getId()); }
 * }</pre>
 */
public record UserAccessedEvent() {
}

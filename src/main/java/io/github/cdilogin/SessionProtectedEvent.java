package io.github.cdilogin;

/**
 * Session protection saw a login used from another client than the one it was made on: Flask-Login's
 * {@code session_protected} signal. In {@code basic} mode the login stays but is no longer fresh; in
 * {@code strong} mode the session is deleted, the remember series revoked, and the request is anonymous.
 *
 * <p>Fired to synchronous and asynchronous observers once that is done:
 * <pre>{@code
 * void onProtected(@Observes SessionProtectedEvent event) { security.warn("session of " + event.userId() + " used elsewhere"); }
 * }</pre>
 *
 * @param userId whose login it was (the user is not loaded for this)
 * @param mode the session protection in force
 */
public record SessionProtectedEvent(String userId, SessionProtection mode) {
}

package io.github.cdilogin;

/**
 * Session protection saw a login used from another client: in basic mode the login stopped being fresh, in strong mode it was dropped: Flask-Login's {@code session_protected} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onProtected(@Observes SessionProtectedEvent event) { security.warn("session of " + event.user().getId() + " used elsewhere"); }
 * }</pre>
 *
 * @param user the user whose session it was
 * @param mode the session protection in force
 */
public record SessionProtectedEvent(LoginUser user, SessionProtection mode) {
}

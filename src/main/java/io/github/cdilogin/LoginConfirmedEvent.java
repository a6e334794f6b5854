package io.github.cdilogin;

/**
 * A login was made fresh again by {@link LoginManager#confirm()}: Flask-Login's {@code user_login_confirmed} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onConfirmed(@Observes LoginConfirmedEvent event) { audit.info("reauthenticated " + event.user().getId()); }
 * }</pre>
 *
 * @param user the user whose login is fresh again
 */
public record LoginConfirmedEvent(LoginUser user) {
}

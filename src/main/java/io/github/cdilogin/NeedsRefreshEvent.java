package io.github.cdilogin;

/**
 * A fresh-login guard refused a logged-in user whose login is not fresh: Flask-Login's {@code user_needs_refresh} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onNeedsRefresh(@Observes NeedsRefreshEvent event) { metrics.staleLogin(event.target()); }
 * }</pre>
 *
 * @param user the logged-in user
 * @param target what was refused: the request path and query, or {@code Class#method} for a CDI bean
 */
public record NeedsRefreshEvent(LoginUser user, String target) {
}

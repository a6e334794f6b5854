package io.github.cdilogin;

/**
 * A guard refused a request or a call because nobody is logged in: Flask-Login's {@code user_unauthorized} signal.
 *
 * <p>Fired to synchronous and asynchronous observers once the change it reports is complete:
 * <pre>{@code
 * void onRefused(@Observes UnauthorizedEvent event) { metrics.refused(event.target()); }
 * }</pre>
 *
 * @param target what was refused: the request path and query, or {@code Class#method} for a CDI bean
 */
public record UnauthorizedEvent(String target) {
}

package io.github.cdilogin;

/**
 * A remember cookie whose validator had already been rotated away came back after the grace period:
 * the cookie was copied, by a thief or a restored backup. The whole series is revoked, so neither
 * copy logs anyone in again. Flask-Login has no counterpart: its cookie cannot tell.
 *
 * <p>Fired to synchronous and asynchronous observers once the series is revoked:
 * <pre>{@code
 * void onReplay(@Observes RememberCookieReplayedEvent event) { security.alert("remember cookie copied", event.userId()); }
 * }</pre>
 *
 * @param userId whose series it was
 */
public record RememberCookieReplayedEvent(String userId) {
}

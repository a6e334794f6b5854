package io.github.cdilogin;

/**
 * A remember cookie came back with a value its series had moved past (older than the one the last
 * rotation replaced, or not of the series at all): two holders of the cookie exist, a thief or a
 * restored backup. The whole series is revoked, so neither copy logs anyone in again. Never fired for
 * a value whose rotation never reached the browser (it is rotated again), nor for a cookie made under
 * another secret (refused quietly). Flask-Login has no counterpart: its cookie cannot tell.
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

package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session ids logged out anywhere in a cluster, kept where every member reads them (a JCache
 * cache, else a table of the shared database). A member that still holds a local copy of a session
 * another member invalidated (Payara keeps one) must not let it log anyone in: Spring Security's
 * CVE-2023-20862 was exactly that.
 *
 * <p>Kept: the SHA-256 of the session id (128 bits, never the id: anyone with access to the grid or the
 * table can read the record), until the session could no longer be used (plus a minute: the members' clocks differ). The hashes are spread over
 * {@value #BUCKETS} buckets by their first two characters, one key each; a bucket holds at most
 * {@value LogoutBucket#MAX_SESSIONS} of them, then folds them into one entry that refuses every session
 * of that bucket created before the fold ({@link LogoutBucket}: why that fails safe). So the record never
 * holds more than {@value #BUCKETS} keys of about 800 characters, whatever the rate of logouts; a request
 * reads one key, and a logout changes one with an atomic compare-and-set.
 *
 * <p>When the place cannot be read, the request is anonymous and its session is kept (fail closed, one
 * WARNING per outage); when a logout cannot be written, the session still ends on this member, with a
 * WARNING: its copies elsewhere end at their timeout.
 */
final class SharedLogouts implements Logouts {

    /** How many keys the record has at most: 64 × 64, the first two characters of a hash. */
    static final int BUCKETS = 4096;

    private static final Logger LOG = Logger.getLogger(SharedLogouts.class.getName());
    /** Compare-and-set attempts of one logout: more than a bucket ever meets at once. */
    private static final int ATTEMPTS = 16;

    /** Where the buckets live: a key-value place with an atomic compare-and-set, shared by every member. */
    interface Place {

        /**
         * @param bucket a bucket's key
         * @return its text, or {@code null}
         */
        String get(String bucket);

        /**
         * @param bucket a bucket's key
         * @param text its text
         * @param until when the bucket stops mattering (a place may drop it then)
         * @return whether it was written: {@code false} when the bucket exists already
         */
        boolean putIfAbsent(String bucket, String text, long until);

        /**
         * @param bucket a bucket's key
         * @param old the text read
         * @param text the new text
         * @param until when the bucket stops mattering
         * @return whether it was written: {@code false} when the bucket no longer holds {@code old}
         */
        boolean replace(String bucket, String old, String text, long until);

        /** @return what the warnings call it, such as "the JCache cache cdi-login-logouts" */
        String describe();
    }

    private final Place place;
    private final Clock clock;
    /** The longest a logout is kept: a session that says it lives longer (or forever) is kept this long. */
    private final Duration horizon;
    private final AtomicBoolean failing = new AtomicBoolean();

    /**
     * @param place where the buckets live
     * @param clock what decides how long a logout is kept
     * @param horizon the longest a logout is kept
     */
    SharedLogouts(Place place, Clock clock, Duration horizon) {
        this.place = place;
        this.clock = clock;
        this.horizon = horizon;
    }

    @Override
    public void loggedOut(String sessionId, Duration sessionLifetime) {
        String hash = hash(sessionId);
        String bucket = hash.substring(0, 2);
        long now = clock.millis();
        Duration kept = sessionLifetime.isNegative() || sessionLifetime.isZero() || sessionLifetime.compareTo(horizon) > 0
                ? horizon : sessionLifetime;
        // the margin: another member's clock may run ahead of this one's
        long until = now + kept.toMillis() + LogoutBucket.CLOCK_MARGIN_MILLIS;
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String old = place.get(bucket);
                LogoutBucket next = LogoutBucket.parse(old).with(hash, until, now);
                if (old == null ? place.putIfAbsent(bucket, next.text(), next.until())
                        : place.replace(bucket, old, next.text(), next.until())) {
                    answered();
                    return;
                }
            }
            LOG.warning(Messages.logoutNotRecorded(place.describe(), "another write kept winning"));
        } catch (RuntimeException failed) {
            failing.set(true);
            LOG.warning(Messages.logoutNotRecorded(place.describe(), failed.getClass().getName()));
            LOG.log(Level.FINE, "cdi-login: the logout record failed", failed);
        }
    }

    @Override
    public Answer check(String sessionId, long createdAt) {
        String hash = hash(sessionId);
        String text;
        try {
            text = place.get(hash.substring(0, 2));
        } catch (RuntimeException failed) {
            if (failing.compareAndSet(false, true)) {
                LOG.warning(Messages.logoutsUnreadable(place.describe(), failed.getClass().getName()));
                LOG.log(Level.FINE, "cdi-login: the logout record failed", failed);
            }
            return Answer.UNKNOWN;
        }
        answered();
        return text != null && LogoutBucket.parse(text).refuses(hash, createdAt, clock.millis()) ? Answer.ENDED : Answer.LIVE;
    }

    private void answered() {
        if (failing.compareAndSet(true, false)) {
            LOG.info(() -> "cdi-login: " + place.describe() + " answers again; logouts are shared again");
        }
    }

    @Override
    public String toString() {
        return place.describe();
    }

    /**
     * @param sessionId a session id
     * @return the 128-bit SHA-256 of it, 22 characters of base64url: what the record keeps instead of the id
     */
    static String hash(String sessionId) {
        return AuthStamps.hash(sessionId);
    }
}

package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One bucket of the logout record: what it refuses, and what it does when it is full (never forget). */
class LogoutBucketTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long LIFETIME = 30 * 60_000L;

    @Test
    void aLoggedOutSessionIsRefusedForItsLifetimeAndOthersAreNot() {
        LogoutBucket bucket = LogoutBucket.parse(LogoutBucket.parse(null).with("hashOfSession1", NOW + LIFETIME, NOW).text());

        assertTrue(bucket.refuses("hashOfSession1", NOW - 1, NOW));
        assertTrue(bucket.refuses("hashOfSession1", NOW - 1, NOW + LIFETIME - 1));
        assertFalse(bucket.refuses("hashOfSession1", NOW - 1, NOW + LIFETIME), "a copy that could no longer live");
        assertFalse(bucket.refuses("hashOfSession2", NOW - 1, NOW));
    }

    @Test
    void sessionsThatCouldNoLongerLiveAreDroppedAtTheNextLogout() {
        LogoutBucket bucket = LogoutBucket.parse(null).with("old", NOW + LIFETIME, NOW);
        LogoutBucket later = bucket.with("new", NOW + 2 * LIFETIME, NOW + LIFETIME);

        assertEquals(1, later.sessions());
        assertFalse(later.text().contains("old"), later.text());
    }

    @Test
    void aFullBucketFoldsIntoOneEntryThatStillRefusesEveryLoggedOutSessionAndNoLaterOne() {
        LogoutBucket bucket = LogoutBucket.parse(null);
        for (int i = 0; i <= LogoutBucket.MAX_SESSIONS; i++) {
            bucket = LogoutBucket.parse(bucket.with("session" + i, NOW + i + LIFETIME, NOW + i).text());
        }
        long foldedAt = NOW + LogoutBucket.MAX_SESSIONS;

        assertTrue(bucket.isWide(), bucket.text());
        assertEquals(0, bucket.sessions(), "the sessions are folded, not kept beside the wide entry");
        for (int i = 0; i <= LogoutBucket.MAX_SESSIONS; i++) {
            // each was created before its own logout, so before the fold
            assertTrue(bucket.refuses("session" + i, NOW + i - 1, foldedAt + 1), "session" + i + " forgotten");
            assertTrue(bucket.refuses("session" + i, NOW + i - 1, NOW + i + LIFETIME - 1), "session" + i + " forgotten early");
        }
        long margin = LogoutBucket.CLOCK_MARGIN_MILLIS;
        assertTrue(bucket.refuses("createdOnAMemberWhoseClockIsAhead", foldedAt + margin, foldedAt + 1));
        assertFalse(bucket.refuses("sessionCreatedAfterTheFold", foldedAt + margin + 1, foldedAt + margin + 2),
                "a full bucket must not stop new logins");
        assertFalse(bucket.refuses("session0", NOW - 1, foldedAt + LIFETIME), "kept past the last lifetime");
    }

    @Test
    void aFoldedBucketKeepsTakingSessionsAndFoldsAgainWithoutForgettingTheFirstFold() {
        LogoutBucket bucket = LogoutBucket.parse(null);
        long t = NOW;
        for (int i = 0; i < 3 * LogoutBucket.MAX_SESSIONS; i++, t++) {
            bucket = LogoutBucket.parse(bucket.with("s" + i, t + LIFETIME, t).text());
            assertTrue(bucket.sessions() <= LogoutBucket.MAX_SESSIONS, bucket.text());
            for (int j = 0; j <= i; j++) {
                assertTrue(bucket.refuses("s" + j, NOW + j - 1, t), "s" + j + " forgotten after " + i + " logouts");
            }
        }
    }

    @Test
    void unreadableEntriesAreLeftOutAndTheRestStillCounts() {
        LogoutBucket bucket = LogoutBucket.parse("garbage .x *zz. kept." + Long.toString(NOW + LIFETIME, 36));

        assertTrue(bucket.refuses("kept", NOW - 1, NOW));
        assertFalse(bucket.refuses("garbage", NOW - 1, NOW));
        assertFalse(bucket.isWide());
    }
}

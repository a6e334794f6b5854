package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.remember.MutableClock;
import io.github.cdilogin.internal.session.Logouts.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The logouts every cluster member must learn of, on a real JCache implementation (the JSR 107 reference
 * one): kept as hashes for their session's lifetime, within a fixed bound however many there are.
 */
class SharedLogoutsTest {

    private static final Duration LIFETIME = Duration.ofMinutes(30);
    /** How long after its session's lifetime a logout is still kept: the members' clocks differ. */
    private static final Duration MARGIN = Duration.ofMillis(LogoutBucket.CLOCK_MARGIN_MILLIS);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final CacheManager manager = Caching.getCachingProvider().getCacheManager();
    private final String name = "logouts-" + UUID.randomUUID();
    private final Cache<String, String> cache = manager.createCache(name, JCacheLogouts.configuration(Duration.ofDays(1)));
    private final SharedLogouts logouts = new SharedLogouts(new JCacheLogouts(cache), clock, Duration.ofDays(1));

    @AfterEach
    void dropCache() {
        manager.destroyCache(name);
    }

    @Test
    void aLoggedOutSessionIsRefusedOnEveryMemberForItsLifetimeThenForgotten() {
        SharedLogouts otherMember = new SharedLogouts(new JCacheLogouts(cache), clock, Duration.ofDays(1));
        long created = clock.millis() - 1;
        logouts.loggedOut("session-1", LIFETIME);

        assertEquals(Answer.ENDED, otherMember.check("session-1", created));
        assertEquals(Answer.LIVE, otherMember.check("session-2", created));
        clock.advance(LIFETIME.plus(MARGIN).minusMillis(1));
        assertEquals(Answer.ENDED, otherMember.check("session-1", created), "forgotten within the lifetime and margin");
        clock.advance(Duration.ofMillis(1));
        assertEquals(Answer.LIVE, otherMember.check("session-1", created), "a session that could no longer live");
    }

    @Test
    void theRecordKeepsAHashOfTheSessionIdNeverTheId() {
        String sessionId = "F00DCAFE0123456789ABCDEF";
        logouts.loggedOut(sessionId, LIFETIME);

        StringBuilder everything = new StringBuilder();
        cache.forEach(entry -> everything.append(entry.getKey()).append('=').append(entry.getValue()).append('\n'));
        assertFalse(everything.toString().contains(sessionId), everything::toString);
        assertTrue(everything.toString().contains(SharedLogouts.hash(sessionId)), everything::toString);
    }

    @Test
    void theCacheDropsBucketsNoLogoutChangedForTheHorizon() {
        @SuppressWarnings("unchecked")
        CompleteConfiguration<String, String> configuration = cache.getConfiguration(CompleteConfiguration.class);
        assertEquals(ModifiedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.SECONDS,
                Duration.ofDays(1).toSeconds())).create().getExpiryForUpdate(),
                configuration.getExpiryPolicyFactory().create().getExpiryForUpdate());
    }

    @Test
    void aSessionThatSaysItNeverExpiresIsKeptForTheHorizon() {
        long created = clock.millis() - 1;
        logouts.loggedOut("forever", Duration.ZERO);

        clock.advance(Duration.ofDays(1).plus(MARGIN).minusSeconds(1));
        assertEquals(Answer.ENDED, logouts.check("forever", created));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Answer.LIVE, logouts.check("forever", created));
    }

    /**
     * Issue 11's bound: 100,000 logouts within one session lifetime (a client that loops logouts to fill
     * the grid) leave at most 4,096 keys of at most 24 hashes each, and every one of those sessions is
     * still refused on another member until its lifetime ends.
     */
    @Test
    void aHundredThousandLogoutsStayWithinTheBoundAndEveryOneIsStillRefused() {
        int count = 100_000;
        List<String> ids = new ArrayList<>(count);
        long[] created = new long[count];
        long start = clock.millis();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            created[i] = clock.millis() - 1;
            logouts.loggedOut(id, LIFETIME);
            if (i % 10 == 9) {
                clock.advance(Duration.ofMillis(1)); // 100,000 logouts in 10 s
            }
        }

        int keys = 0;
        int hashes = 0;
        for (Cache.Entry<String, String> entry : cache) {
            keys++;
            LogoutBucket bucket = LogoutBucket.parse(entry.getValue());
            assertTrue(bucket.sessions() <= LogoutBucket.MAX_SESSIONS, entry::getValue);
            assertTrue(entry.getValue().length() <= 1024, entry::getValue); // fits the JDBC column too
            hashes += bucket.sessions();
        }
        assertTrue(keys <= SharedLogouts.BUCKETS, "keys: " + keys);
        assertTrue(hashes <= SharedLogouts.BUCKETS * LogoutBucket.MAX_SESSIONS, "hashes: " + hashes);

        SharedLogouts otherMember = new SharedLogouts(new JCacheLogouts(cache), clock, Duration.ofDays(1));
        clock.advance(LIFETIME.plus(MARGIN).minusSeconds(11)); // the last moment the first logout is kept
        for (int i = 0; i < count; i++) {
            assertEquals(Answer.ENDED, otherMember.check(ids.get(i), created[i]), "logout " + i + " forgotten");
        }
        int refusedNew = 0;
        for (int i = 0; i < 1000; i++) {
            if (otherMember.check(UUID.randomUUID().toString(), clock.millis()) != Answer.LIVE) {
                refusedNew++;
            }
        }
        assertEquals(0, refusedNew, "a session created after the logouts is refused: the bound stops logins");
        clock.advance(Duration.ofSeconds(11));
        assertEquals(Answer.LIVE, otherMember.check(ids.get(0), created[0]), "kept past its lifetime");
        assertTrue(clock.millis() - start > LIFETIME.toMillis());
    }

    @Test
    void aCacheThatFailsMakesTheRequestAnonymousWithoutEndingAnythingAndALogoutStillReturns() {
        SharedLogouts.Place broken = new SharedLogouts.Place() {
            @Override
            public String get(String bucket) {
                throw new IllegalStateException("grid down");
            }

            @Override
            public boolean putIfAbsent(String bucket, String text, long until) {
                throw new IllegalStateException("grid down");
            }

            @Override
            public boolean replace(String bucket, String old, String text, long until) {
                throw new IllegalStateException("grid down");
            }

            @Override
            public String describe() {
                return "a broken place";
            }
        };
        SharedLogouts failing = new SharedLogouts(broken, clock, Duration.ofDays(1));

        failing.loggedOut("session-1", LIFETIME);
        assertSame(Answer.UNKNOWN, failing.check("session-1", clock.millis()));
        assertNull(cache.get(SharedLogouts.hash("session-1").substring(0, 2)));
    }
}

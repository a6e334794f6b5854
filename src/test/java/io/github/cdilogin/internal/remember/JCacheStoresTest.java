package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.RememberToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jcache store on a real JCache implementation (the JSR 107 reference one): remember series.
 * The logouts every cluster member must learn of are the session side's: {@code JCacheLogoutsTest}.
 */
class JCacheStoresTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private CacheManager manager;
    private Cache<String, String> series;

    @BeforeEach
    void caches() {
        manager = Caching.getCachingProvider().getCacheManager();
        String run = UUID.randomUUID().toString();
        series = manager.createCache("series-" + run, new MutableConfiguration<String, String>().setTypes(String.class, String.class));
    }

    @AfterEach
    void close() {
        manager.destroyCache(series.getName());
    }

    @Test
    void seriesRoundTripsThroughTheCacheAsPlainText() {
        JCacheTokenStore store = new JCacheTokenStore(series, clock);
        RememberToken token = new RememberToken("s1", "alice\tand tabs", "hash", null, clock.instant(),
                clock.instant().plus(Duration.ofDays(1)));
        store.create(token);

        assertEquals(Optional.of(token), store.find("s1"));
        assertInstanceOf(String.class, series.get("s1"), "members need no library class to hold a value");
    }

    @Test
    void replaceIsConditionalOnWhatWasRead() {
        JCacheTokenStore store = new JCacheTokenStore(series, clock);
        RememberToken token = new RememberToken("s1", "alice", "h1", null, clock.instant(), clock.instant().plus(Duration.ofDays(1)));
        store.create(token);
        RememberToken rotated = new RememberToken("s1", "alice", "h2", "h1", clock.instant(), token.expiresAt());

        assertTrue(store.replace(token, rotated));
        assertFalse(store.replace(token, rotated), "a second rotation from the same read must lose");
    }

    @Test
    void revokingAllOfAUsersSeriesLeavesOthers() {
        JCacheTokenStore store = new JCacheTokenStore(series, clock);
        Instant end = clock.instant().plus(Duration.ofDays(1));
        store.create(new RememberToken("a1", "alice", "h", null, clock.instant(), end));
        store.create(new RememberToken("a2", "alice", "h", null, clock.instant(), end));
        store.create(new RememberToken("b1", "bob", "h", null, clock.instant(), end));
        store.deleteAllFor("alice");

        assertEquals(Optional.empty(), store.find("a1"));
        assertEquals(Optional.empty(), store.find("a2"));
        assertTrue(store.find("b1").isPresent());
    }

    @Test
    void stampHashRoundTripsAndRotates() {
        JCacheTokenStore store = new JCacheTokenStore(series, clock);
        RememberToken token = new RememberToken("s1", "alice\tand tabs", "h1", null, clock.instant(),
                clock.instant().plus(Duration.ofDays(1)), "stampHash22characters_");
        store.create(token);
        assertEquals(Optional.of(token), store.find("s1"));
        RememberToken rotated = new RememberToken("s1", token.userId(), "h2", "h1", clock.instant(), token.expiresAt(),
                token.stampHash());
        assertTrue(store.replace(token, rotated));
        assertEquals(Optional.of(rotated), store.find("s1"));
    }

    @Test
    void seriesWrittenBeforeStampsExistedStillReadsAndRotates() {
        Instant end = clock.instant().plus(Duration.ofDays(1));
        series.put("old", "h1\t\t" + clock.millis() + "\t" + end.toEpochMilli() + "\talice");
        JCacheTokenStore store = new JCacheTokenStore(series, clock);
        RememberToken old = store.find("old").orElseThrow();
        assertEquals(new RememberToken("old", "alice", "h1", null, clock.instant(), end), old);
        assertTrue(store.replace(old, new RememberToken("old", "alice", "h2", "h1", clock.instant(), end)),
                "an entry of the older form must still rotate");
    }
}

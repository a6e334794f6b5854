package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The logouts every cluster member must learn of, on a real JCache implementation (the JSR 107 reference one). */
class JCacheLogoutsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final CacheManager manager = Caching.getCachingProvider().getCacheManager();
    private final String name = "logouts-" + UUID.randomUUID();
    private final Cache<String, String> logoutCache = manager.createCache(name,
            new MutableConfiguration<String, String>().setTypes(String.class, String.class));

    @AfterEach
    void dropCache() {
        manager.destroyCache(name);
    }

    @Test
    void loggedOutSessionIsKnownForItsLifetimeThenForgotten() {
        JCacheLogouts logouts = new JCacheLogouts(logoutCache, at(NOW));
        logouts.loggedOut("session-1", Duration.ofMinutes(30));

        assertTrue(logouts.isLoggedOut("session-1"));
        assertFalse(logouts.isLoggedOut("session-2"));
        JCacheLogouts later = new JCacheLogouts(logoutCache, at(NOW.plus(Duration.ofMinutes(31))));
        assertFalse(later.isLoggedOut("session-1"), "a session that could no longer live needs no marker");
        assertFalse(logoutCache.containsKey("session-1"), "and the marker is dropped");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}

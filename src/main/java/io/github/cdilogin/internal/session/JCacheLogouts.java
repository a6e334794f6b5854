package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.remember.JCaches;
import java.time.Clock;
import java.time.Duration;
import javax.cache.Cache;

/**
 * The session ids logged out anywhere in the cluster, on the data grid. A member that still holds a
 * local copy of a session another member invalidated (Payara keeps one) must not let it log anyone
 * in: Spring Security's CVE-2023-20862 was exactly that. Each id is kept as long as a session could
 * live, then dropped when it is read.
 */
final class JCacheLogouts implements Logouts {

    static final String CACHE = "cdi-login-logouts";

    private final Cache<String, String> cache;
    private final Clock clock;

    JCacheLogouts(Cache<String, String> cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    static JCacheLogouts open(Clock clock) {
        return new JCacheLogouts(JCaches.shared(CACHE), clock);
    }

    @Override
    public void loggedOut(String sessionId, Duration sessionLifetime) {
        cache.put(sessionId, Long.toString(clock.millis() + sessionLifetime.toMillis()));
    }

    @Override
    public boolean isLoggedOut(String sessionId) {
        String until = cache.get(sessionId);
        if (until == null) {
            return false;
        }
        if (Long.parseLong(until) < clock.millis()) {
            cache.remove(sessionId, until);
            return false;
        }
        return true;
    }
}

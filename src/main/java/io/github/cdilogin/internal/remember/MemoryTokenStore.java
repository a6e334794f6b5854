package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps series in this JVM: lost at restart and not shared by a cluster. The fallback when the
 * server has no DataSource, and the choice for tests.
 */
public final class MemoryTokenStore implements RememberTokenStore {

    private final Map<String, RememberToken> series = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param clock what decides expiry when expired series are purged */
    public MemoryTokenStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<RememberToken> find(String id) {
        return Optional.ofNullable(series.get(id));
    }

    @Override
    public void create(RememberToken token) {
        // New series are the only growth: drop the expired ones then, not on the request path.
        series.values().removeIf(t -> t.expiresAt().isBefore(clock.instant()));
        series.put(token.series(), token);
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        return series.replace(current.series(), current, next);
    }

    @Override
    public void delete(String id) {
        series.remove(id);
    }

    /** A scan of every series: this store is for tests and single small servers. */
    @Override
    public List<RememberToken> findAllFor(String userId) {
        List<RememberToken> theirs = new ArrayList<>();
        for (RememberToken token : series.values()) {
            if (token.userId().equals(userId)) {
                theirs.add(token);
            }
        }
        return theirs;
    }

    @Override
    public void deleteAllFor(String userId) {
        series.values().removeIf(t -> t.userId().equals(userId));
    }
}

package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.RememberToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link MemoryTokenStore}: the in-JVM series store, with the atomic replace that rotation relies on. */
class MemoryTokenStoreTest {

    private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final MemoryTokenStore store = new MemoryTokenStore(clock);

    private static RememberToken token(String series, String userId, String hash, Duration life) {
        return new RememberToken(series, userId, hash, null, START, START.plus(life));
    }

    private static RememberToken rotated(RememberToken token, String hash) {
        return new RememberToken(token.series(), token.userId(), hash, token.validatorHash(), START, token.expiresAt());
    }

    @Test
    void unknownSeriesIsNotFound() {
        assertEquals(Optional.empty(), store.find("nope"));
    }

    @Test
    void createdSeriesIsFound() {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        assertEquals(Optional.of(token), store.find("s1"));
    }

    @Test
    void replaceSucceedsWhenTheSeriesIsUnchanged() {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        RememberToken next = rotated(token, "h2");
        assertTrue(store.replace(token, next), "replace refused an unchanged series");
        assertEquals(Optional.of(next), store.find("s1"));
    }

    @Test
    void replaceFailsWhenTheSeriesChangedMeanwhile() {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        RememberToken winner = rotated(token, "h2");
        store.replace(token, winner);
        assertFalse(store.replace(token, rotated(token, "h3")), "replace accepted a stale read");
        assertEquals(Optional.of(winner), store.find("s1"));
    }

    @Test
    void replaceFailsWhenTheSeriesWasDeleted() {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        store.delete("s1");
        assertFalse(store.replace(token, rotated(token, "h2")), "replace accepted a deleted series");
        assertEquals(Optional.empty(), store.find("s1"));
    }

    @Test
    void onlyOneOfManyParallelReplacesWins() throws Exception {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        int racers = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                RememberToken next = rotated(token, "h-racer-" + i);
                Callable<Boolean> racer = () -> {
                    go.await();
                    return store.replace(token, next);
                };
                results.add(pool.submit(racer));
            }
            go.countDown();
            int wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get() ? 1 : 0;
            }
            assertEquals(1, wins, "replaces that succeeded");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deletedSeriesIsNotFound() {
        store.create(token("s1", "alice", "h1", Duration.ofDays(1)));
        store.delete("s1");
        assertEquals(Optional.empty(), store.find("s1"));
    }

    @Test
    void deletingAnUnknownSeriesLeavesTheOthers() {
        RememberToken token = token("s1", "alice", "h1", Duration.ofDays(1));
        store.create(token);
        store.delete("nope");
        assertEquals(Optional.of(token), store.find("s1"));
    }

    @Test
    void deleteAllForForgetsEverySeriesOfTheUser() {
        store.create(token("s1", "alice", "h1", Duration.ofDays(1)));
        store.create(token("s2", "alice", "h2", Duration.ofDays(1)));
        store.deleteAllFor("alice");
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(store.find("s1"), store.find("s2")));
    }

    @Test
    void deleteAllForLeavesOtherUsersSeries() {
        RememberToken bobs = token("s2", "bob", "h2", Duration.ofDays(1));
        store.create(token("s1", "alice", "h1", Duration.ofDays(1)));
        store.create(bobs);
        store.deleteAllFor("alice");
        assertEquals(Optional.of(bobs), store.find("s2"));
    }

    @Test
    void creatingASeriesPurgesExpiredOnes() {
        store.create(token("old", "alice", "h1", Duration.ofDays(1)));
        clock.advance(Duration.ofDays(2));
        store.create(token("new", "bob", "h2", Duration.ofDays(30)));
        assertEquals(Optional.empty(), store.find("old"));
    }

    @Test
    void creatingASeriesKeepsUnexpiredOnes() {
        RememberToken alive = token("alive", "alice", "h1", Duration.ofDays(3));
        store.create(alive);
        clock.advance(Duration.ofDays(2));
        store.create(token("new", "bob", "h2", Duration.ofDays(30)));
        assertEquals(Optional.of(alive), store.find("alive"));
    }
}

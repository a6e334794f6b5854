package io.github.cdilogin.internal.remember;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Revocations the store could not take yet: series ids (a logout, strong session protection) and user
 * ids (every series of a user). Bounded, because any client can ask for a logout: past the bound
 * nothing more is kept, and the owner refuses every remember cookie until the store has taken what is
 * kept ({@link #overflowed()}), so that what could not be kept is still never honoured on this member
 * while the outage lasts. Safe for concurrent use; every method is short and holds one lock.
 */
final class PendingRevocations {

    /** Series and users kept at most: about 10 MB at the worst. */
    static final int LIMIT = 100_000;

    private final int limit;
    private final Set<String> series = new LinkedHashSet<>();
    private final Set<String> users = new LinkedHashSet<>();
    private int dropped;
    /** Read without the lock on every find: nothing pending is the common case. */
    private volatile boolean empty = true;

    PendingRevocations() {
        this(LIMIT);
    }

    PendingRevocations(int limit) {
        this.limit = limit;
    }

    /** @return {@code true} when nothing is kept (read without a lock) */
    boolean isEmpty() {
        return empty;
    }

    /** @param id a series whose deletion failed */
    synchronized void series(String id) {
        keep(series, id);
    }

    /** @param userId a user whose series' deletion failed */
    synchronized void user(String userId) {
        keep(users, userId);
    }

    private void keep(Set<String> into, String id) {
        if (into.contains(id)) {
            return;
        }
        if (series.size() + users.size() >= limit) {
            dropped++;
            empty = false;
            return;
        }
        into.add(id);
        empty = false;
    }

    /**
     * @param id a series
     * @param userId its user, or {@code null} before it is known
     * @return whether it is to be refused as revoked
     */
    synchronized boolean revokes(String id, String userId) {
        return dropped > 0 || series.contains(id) || (userId != null && users.contains(userId));
    }

    /** @return whether revocations were not kept for want of room, since the store last took them all */
    synchronized boolean overflowed() {
        return dropped > 0;
    }

    /** @return how many are kept */
    synchronized int size() {
        return series.size() + users.size();
    }

    /** @return the series kept, oldest first */
    synchronized List<String> series() {
        return new ArrayList<>(series);
    }

    /** @return the users kept, oldest first */
    synchronized List<String> users() {
        return new ArrayList<>(users);
    }

    /** @param id a series the store has now deleted */
    synchronized void seriesDone(String id) {
        series.remove(id);
    }

    /** @param userId a user whose series the store has now deleted */
    synchronized void userDone(String userId) {
        users.remove(userId);
    }

    /**
     * Called once everything kept was written: the overflow ends with it (this member stops refusing
     * every cookie).
     *
     * @return how many were dropped for want of room during the outage; 0 while some are still kept
     */
    synchronized int drained() {
        if (!series.isEmpty() || !users.isEmpty()) {
            return 0;
        }
        int lost = dropped;
        dropped = 0;
        empty = true;
        return lost;
    }
}

package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chosen store, made safe for its outages: a revocation it cannot take is not forgotten. A failed
 * {@code delete} or {@code deleteAllFor} is kept ({@link PendingRevocations}, bounded) and retried: at
 * the next use of the store once {@link #RETRY_EVERY} has passed, and by a background task when the
 * server offers one; meanwhile {@code find} answers "no such series" for it on this member, so the
 * series counts as revoked here even once the store answers again and before the retry has written
 * it. Reads and writes that fail still throw (the caller fails closed: no login from the cookie, a
 * login without one), and an outage is logged once, at WARNING, without the store's message (it may
 * hold SQL and a series id), and once at INFO when the store answers again.
 */
final class FailClosedStore implements RememberTokenStore {

    /** How long after a failure the kept revocations are tried again. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(FailClosedStore.class.getName());

    private final RememberTokenStore store;
    private final Clock clock;
    private final Consumer<Runnable> later;
    private final PendingRevocations pending;
    private final AtomicLong nextRetry = new AtomicLong();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private final AtomicBoolean down = new AtomicBoolean();

    /**
     * @param store the chosen store
     * @param clock when to retry
     * @param later runs a task {@link #RETRY_EVERY} from now, on a thread of the server's; or drops it
     *        when the server has none (then only uses of the store retry)
     * @param pending where failed revocations are kept
     */
    FailClosedStore(RememberTokenStore store, Clock clock, Consumer<Runnable> later, PendingRevocations pending) {
        this.store = store;
        this.clock = clock;
        this.later = later;
        this.pending = pending;
    }

    @Override
    public Optional<RememberToken> find(String series) {
        if (pending.isEmpty()) {
            return found(series);
        }
        retryIfDue();
        if (pending.revokes(series, null)) {
            return Optional.empty();
        }
        Optional<RememberToken> token = found(series);
        return token.isPresent() && pending.revokes(series, token.get().userId()) ? Optional.empty() : token;
    }

    /** The store's answer; no lambda, since this runs on every restore. */
    private Optional<RememberToken> found(String series) {
        Optional<RememberToken> token;
        try {
            token = store.find(series);
        } catch (RuntimeException failure) {
            throw failed(failure);
        }
        answered();
        return token;
    }

    @Override
    public void create(RememberToken token) {
        if (!pending.isEmpty()) {
            retry(); // a login is rare: write what is kept first, so that it cannot end the new series later
        }
        try {
            store.create(token);
        } catch (RuntimeException failure) {
            throw failed(failure);
        }
        answered();
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        boolean replaced;
        try {
            replaced = store.replace(current, next);
        } catch (RuntimeException failure) {
            throw failed(failure);
        }
        answered();
        return replaced;
    }

    @Override
    public void delete(String series) {
        if (deleted(series)) {
            if (!pending.isEmpty()) {
                pending.seriesDone(series);
            }
        } else {
            pending.series(series);
            kept();
        }
    }

    @Override
    public void deleteAllFor(String userId) {
        if (deletedAllFor(userId)) {
            if (!pending.isEmpty()) {
                pending.userDone(userId);
            }
        } else {
            pending.user(userId);
            kept();
        }
    }

    private boolean deleted(String series) {
        try {
            store.delete(series);
        } catch (RuntimeException failure) {
            failed(failure);
            return false;
        }
        answered();
        return true;
    }

    private boolean deletedAllFor(String userId) {
        try {
            store.deleteAllFor(userId);
        } catch (RuntimeException failure) {
            failed(failure);
            return false;
        }
        answered();
        return true;
    }

    /** @return how many revocations are waiting for the store */
    int pendingCount() {
        return pending.size();
    }

    /** Writes what is kept, oldest first, stopping at the first failure. */
    void retry() {
        nextRetry.set(clock.millis() + RETRY_EVERY.toMillis());
        for (String series : pending.series()) {
            if (!deleted(series)) {
                schedule(); // still down
                return;
            }
            pending.seriesDone(series);
        }
        for (String userId : pending.users()) {
            if (!deletedAllFor(userId)) {
                schedule();
                return;
            }
            pending.userDone(userId);
        }
        int lost = pending.drained();
        if (lost > 0) {
            LOG.warning("cdi-login: " + lost + " remember-me revocations were not kept during the store's outage ("
                    + PendingRevocations.LIMIT + " at most are): every remember cookie was refused on this member"
                    + " meanwhile, but those series may log in again elsewhere. Revoke the users' remembered logins"
                    + " (LoginManager.revokeRememberedLogins) if that matters.");
        }
    }

    private void retryIfDue() {
        if (clock.millis() >= nextRetry.get()) {
            retry();
        }
    }

    private void kept() {
        nextRetry.compareAndSet(0, clock.millis() + RETRY_EVERY.toMillis());
        LOG.fine(() -> "cdi-login: a remember-me revocation is kept until the store takes it (" + pending.size()
                + " kept); until then this member refuses its series");
        schedule();
    }

    private void schedule() {
        if (retryScheduled.compareAndSet(false, true)) {
            later.accept(() -> {
                retryScheduled.set(false);
                if (!pending.isEmpty()) {
                    retry();
                }
            });
        }
    }

    /** Notes a failure of the store: the first of an outage at WARNING, without its message. */
    private RuntimeException failed(RuntimeException failure) {
        if (down.compareAndSet(false, true)) {
            LOG.warning("cdi-login: the remember-token store failed (" + failure.getClass().getName() + "); until it"
                    + " answers again, remember cookies log nobody in, logins are made without one, and revocations"
                    + " are kept on this member and retried. The failure is logged at FINE.");
        }
        LOG.log(Level.FINE, "cdi-login: the remember-token store failed", failure);
        return failure;
    }

    /** Notes an answer of the store: the end of an outage, if there was one. */
    private void answered() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("cdi-login: the remember-token store answers again");
        }
    }
}

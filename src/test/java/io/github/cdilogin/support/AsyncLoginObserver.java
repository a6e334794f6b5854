package io.github.cdilogin.support;

import io.github.cdilogin.LoginEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Observes {@link LoginEvent} asynchronously. */
@ApplicationScoped
public class AsyncLoginObserver {

    private final CountDownLatch received = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    private volatile LoginEvent event;
    private volatile String thread;

    void login(@ObservesAsync LoginEvent event) {
        this.event = event;
        this.thread = Thread.currentThread().getName();
        count.incrementAndGet();
        received.countDown();
    }

    /**
     * Waits, at most {@code seconds}, until {@code expected} events have arrived, so that no delivery is
     * still pending when the container stops.
     *
     * @return whether they all arrived
     */
    public boolean awaitCount(int expected, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (count.get() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** @return the first event received within {@code seconds}, or {@code null} */
    public LoginEvent await(long seconds) throws InterruptedException {
        return received.await(seconds, TimeUnit.SECONDS) ? event : null;
    }

    public String thread() {
        return thread;
    }
}

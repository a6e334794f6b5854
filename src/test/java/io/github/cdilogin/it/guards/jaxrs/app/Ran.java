package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts every run of guarded code by name, so that a test can prove over HTTP that a refused request
 * ran nothing (a status code alone would not show a body that ran before the refusal).
 */
@ApplicationScoped
public class Ran {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public void ran(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String what) {
        AtomicInteger count = counts.get(what);
        return count == null ? 0 : count.get();
    }
}

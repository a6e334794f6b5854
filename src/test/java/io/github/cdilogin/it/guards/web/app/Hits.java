package io.github.cdilogin.it.guards.web.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts, by name, how often each guarded piece of code ran; the tests read it over HTTP ({@code /hits?name=...}). */
@ApplicationScoped
public class Hits {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public void hit(String name) {
        counts.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String name) {
        AtomicInteger count = counts.get(name);
        return count == null ? 0 : count.get();
    }
}

package io.github.cdilogin.it.guards.jaxrs.app;

import io.github.cdilogin.UnauthorizedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The targets of the library's refusals, in order: a request path when a web guard (the JAX-RS or the
 * servlet filter) refused, {@code Class#method} when an interceptor did. Tells the tests which guard
 * stood in the way.
 */
@ApplicationScoped
public class Refusals {

    private final List<String> targets = new CopyOnWriteArrayList<>();

    void refused(@Observes UnauthorizedEvent event) {
        targets.add(event.target());
    }

    public List<String> targets() {
        return List.copyOf(targets);
    }
}

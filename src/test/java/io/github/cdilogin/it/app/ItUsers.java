package io.github.cdilogin.it.app;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Three users; counts how often the library loads one, so tests can hold it to once per request. */
@ApplicationScoped
public class ItUsers implements UserLoader<ItUser> {

    private static final Map<String, ItUser> USERS = Map.of(
            "alice", new ItUser("alice", "Alice", true),
            "bob", new ItUser("bob", "Bob", true),
            "mallory", new ItUser("mallory", "Mallory", false));

    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public Optional<ItUser> loadUser(String id) {
        loads.incrementAndGet();
        return Optional.ofNullable(USERS.get(id));
    }

    public Optional<ItUser> find(String username) {
        return Optional.ofNullable(username == null ? null : USERS.get(username));
    }

    public int loads() {
        return loads.get();
    }
}

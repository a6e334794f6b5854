package io.github.cdilogin.it.app;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Three users; counts how often the library loads one, so tests can hold it to once per request. */
@ApplicationScoped
public class ItUsers implements UserLoader<ItUser> {

    private static final Map<String, ItUser> USERS = Map.of(
            "alice", new ItUser("alice", "Alice", true),
            "bob", new ItUser("bob", "Bob", true),
            "mallory", new ItUser("mallory", "Mallory", false));

    private final AtomicInteger loads = new AtomicInteger();
    private final Map<String, Integer> passwordChanges = new ConcurrentHashMap<>();

    @Override
    public Optional<ItUser> loadUser(String id) {
        loads.incrementAndGet();
        return find(id);
    }

    public Optional<ItUser> find(String username) {
        ItUser user = username == null ? null : USERS.get(username);
        return Optional.ofNullable(user == null ? null : withPassword(user));
    }

    /** A new password (not a real one: its "hash" is its number): every login's stamp changes. */
    public ItUser changePassword(String username) {
        passwordChanges.merge(username, 1, Integer::sum);
        return find(username).orElseThrow();
    }

    private ItUser withPassword(ItUser user) {
        return new ItUser(user.username(), user.name(), user.enabled(),
                "hash-" + passwordChanges.getOrDefault(user.username(), 0));
    }

    public int loads() {
        return loads.get();
    }
}

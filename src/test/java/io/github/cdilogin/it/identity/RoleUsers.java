package io.github.cdilogin.it.identity;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * alice (admin) and bob; counts the loads, so that tests can prove a request that never asks loads nobody,
 * and changes a user's auth stamp on demand, as a password change would.
 */
@ApplicationScoped
public class RoleUsers implements UserLoader<RoleUser> {

    private static final Map<String, Set<String>> ROLES = Map.of("alice", Set.of("admin"), "bob", Set.of());

    private final Map<String, String> stamps = new ConcurrentHashMap<>(Map.of("alice", "stamp-0", "bob", "stamp-0"));
    private final AtomicInteger loads = new AtomicInteger();
    /** How often the admin resources ran: refused requests must not move it. */
    private final AtomicInteger adminRuns = new AtomicInteger();

    @Override
    public Optional<RoleUser> loadUser(String id) {
        loads.incrementAndGet();
        return find(id);
    }

    /** @return the user of that name, without counting a load (a login form's look-up), or empty */
    public Optional<RoleUser> find(String username) {
        Set<String> roles = username == null ? null : ROLES.get(username);
        return roles == null ? Optional.empty() : Optional.of(new RoleUser(username, roles, stamps.get(username)));
    }

    /** As a password change does: every login of the user made before it ends. */
    void changeStamp(String username) {
        stamps.computeIfPresent(username, (name, stamp) -> stamp + "'");
    }

    int loads() {
        return loads.get();
    }

    void adminRan() {
        adminRuns.incrementAndGet();
    }

    int adminRuns() {
        return adminRuns.get();
    }
}

package io.github.cdilogin.it.identity;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** alice (admin) and bob; counts the loads, so that tests can prove a request that never asks loads nobody. */
@ApplicationScoped
public class RoleUsers implements UserLoader<RoleUser> {

    private static final Map<String, RoleUser> USERS = Map.of(
            "alice", new RoleUser("alice", Set.of("admin")),
            "bob", new RoleUser("bob", Set.of()));

    private final AtomicInteger loads = new AtomicInteger();
    /** How often the admin resources ran: refused requests must not move it. */
    private final AtomicInteger adminRuns = new AtomicInteger();

    @Override
    public Optional<RoleUser> loadUser(String id) {
        loads.incrementAndGet();
        return Optional.ofNullable(USERS.get(id));
    }

    Optional<RoleUser> find(String username) {
        return Optional.ofNullable(username == null ? null : USERS.get(username));
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

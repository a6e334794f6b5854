package io.github.cdilogin.support;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The application's user store and loader, counting how often the library asks it. */
@ApplicationScoped
public class CountingUserLoader implements UserLoader<AppUser> {

    private final Map<String, AppUser> users = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Optional<AppUser> loadUser(String id) {
        calls.incrementAndGet();
        return Optional.ofNullable(users.get(id));
    }

    /** Stores (or replaces) a user and returns it. */
    public AppUser save(AppUser user) {
        users.put(user.getId(), user);
        return user;
    }

    public void delete(String id) {
        users.remove(id);
    }

    /** @return how many times {@link #loadUser(String)} ran */
    public int calls() {
        return calls.get();
    }
}

package io.github.cdilogin.spi;

import java.util.List;
import java.util.Optional;

/**
 * Where remember-me series live. The library brings three: a JDBC store on the server's default
 * DataSource (chosen when there is one), an in-memory store, and a JCache store for clusters
 * (setting {@code cdi-login.remember-store}). An application bean implementing this interface
 * replaces them all:
 * <pre>{@code
 * @ApplicationScoped
 * public class RedisRememberTokens implements RememberTokenStore { ... }
 * }</pre>
 * Implementations must be safe for concurrent use; {@link #replace} must be atomic, since it is
 * what makes a rotation happen exactly once when requests race.
 */
public interface RememberTokenStore {

    /**
     * @param series a series id from a cookie (already checked to be well formed)
     * @return the series, or empty when there is none (expired ones may be returned: the caller checks)
     */
    Optional<RememberToken> find(String series);

    /** @param token a new series to keep */
    void create(RememberToken token);

    /**
     * Replaces a series if, and only if, it is still exactly {@code current}.
     *
     * @param current what the caller read
     * @param next what it should become
     * @return {@code false} when another request changed or deleted the series first
     */
    boolean replace(RememberToken current, RememberToken next);

    /** @param series a series to forget; nothing happens when there is none */
    void delete(String series);

    /** @param userId a user all of whose series are to be forgotten ("log out everywhere") */
    void deleteAllFor(String userId);

    /**
     * The user's series, for the list of their remembered devices. A store that does not override this
     * lists no devices (revoking them all still works, through {@link #deleteAllFor}).
     *
     * @param userId whose series
     * @return every series of that user the store keeps (expired ones may be included: the caller checks)
     */
    default List<RememberToken> findAllFor(String userId) {
        return List.of();
    }
}

package io.github.cdilogin.it.faults;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's remember store, which fails on demand ({@link FaultsServlet}): every call
 * ({@link Mode#DOWN}, a database that is gone) or only deletions ({@link Mode#DELETES_FAIL}, a store
 * that reads but cannot write). Its failures carry SQL text, as a JDBC driver's do.
 */
@ApplicationScoped
public class SwitchableStore implements RememberTokenStore {

    /** In every failure's message; no response may ever show it. */
    public static final String SQL_TEXT = "DELETE FROM CDI_LOGIN_REMEMBER WHERE SERIES = ?";

    /** How the store behaves. */
    public enum Mode { UP, DOWN, DELETES_FAIL }

    private final Map<String, RememberToken> series = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.UP;

    void mode(Mode mode) {
        this.mode = mode;
    }

    boolean holds(String id) {
        return series.containsKey(id);
    }

    private void maybeFail(boolean deletion) {
        if (mode == Mode.DOWN || (deletion && mode == Mode.DELETES_FAIL)) {
            throw new IllegalStateException("java.sql.SQLTransientConnectionException: " + SQL_TEXT + ": connection refused");
        }
    }

    @Override
    public Optional<RememberToken> find(String id) {
        maybeFail(false);
        return Optional.ofNullable(series.get(id));
    }

    @Override
    public void create(RememberToken token) {
        maybeFail(false);
        series.put(token.series(), token);
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        maybeFail(false);
        return series.replace(current.series(), current, next);
    }

    @Override
    public void delete(String id) {
        maybeFail(true);
        series.remove(id);
    }

    @Override
    public void deleteAllFor(String userId) {
        maybeFail(true);
        series.values().removeIf(token -> token.userId().equals(userId));
    }
}

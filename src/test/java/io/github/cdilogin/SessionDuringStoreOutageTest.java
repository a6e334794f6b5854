package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.FakeHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session that has a remember series while the store is down (the fault test of issue 13 found it):
 * each of its requests checks the series, the store fails, and the session goes on. The outage is logged
 * once at WARNING (by the fail-closed store), never once per request, and the store's message, which
 * may hold SQL and a series id, reaches no log record above FINE.
 */
@EnableWeld
class SessionDuringStoreOutageTest {

    /** What a JDBC driver puts in its messages. */
    static final String SQL_TEXT = "SELECT SERIES FROM CDI_LOGIN_REMEMBER WHERE SERIES = ? -- connection refused";

    /** The application's store, which a test takes down. */
    @ApplicationScoped
    public static class DownableStore implements RememberTokenStore {
        private final Map<String, RememberToken> tokens = new ConcurrentHashMap<>();
        private volatile boolean down;

        /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
        public void takeDown() {
            down = true;
        }

        private void maybeFail() {
            if (down) {
                throw new IllegalStateException("the remember-token table cannot be used: " + SQL_TEXT);
            }
        }

        @Override
        public Optional<RememberToken> find(String series) {
            maybeFail();
            return Optional.ofNullable(tokens.get(series));
        }

        @Override
        public void create(RememberToken token) {
            maybeFail();
            tokens.put(token.series(), token);
        }

        @Override
        public boolean replace(RememberToken current, RememberToken next) {
            maybeFail();
            return tokens.replace(current.series(), current, next);
        }

        @Override
        public void delete(String series) {
            maybeFail();
            tokens.remove(series);
        }

        @Override
        public void deleteAllFor(String userId) {
            maybeFail();
            tokens.values().removeIf(token -> token.userId().equals(userId));
        }
    }

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(DownableStore.class);

    @Inject
    LoginManager loginManager;

    @Inject
    SessionAttributes session;

    @Inject
    CountingUserLoader users;

    @Inject
    DownableStore store;

    private final Logger library = Logger.getLogger("io.github.cdilogin");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;
    private Requests requests;
    private final AppUser alice = AppUser.active("alice");

    @BeforeEach
    void begin() {
        levelBefore = library.getLevel();
        library.setLevel(Level.ALL);
        library.addHandler(capture);
        requests = new Requests(weld);
        requests.begin();
        users.save(alice);
    }

    @AfterEach
    void end() {
        requests.end();
        library.removeHandler(capture);
        library.setLevel(levelBefore);
    }

    @Test
    void rememberedSessionStaysLoggedInDuringAnOutageWithOneWarningAndNoStoreMessageAboveFine() {
        // One browser: the same request object (and so the same session) for each request.
        FakeHttp.Request browser = new FakeHttp.Request("127.0.0.1", "test");
        serve(browser, () -> {
            loginManager.login(alice, LoginOptions.DEFAULT.remember());
            assertNotNull(session.read().rememberSeries(), "the login made no series");
        });
        store.takeDown();
        records.clear();

        for (int i = 0; i < 5; i++) {
            String request = "request " + i + " during the outage";
            requests.next();
            serve(browser, () -> {
                assertEquals("alice", loginManager.currentUser().getId(), request);
                assertEquals(LoginSource.SESSION, loginManager.source(), request);
            });
        }

        List<LogRecord> loud = records.stream().filter(r -> r.getLevel().intValue() > Level.FINE.intValue()).toList();
        assertTrue(loud.size() <= 1, "more than one record above FINE for one outage: " + describe(loud));
        for (LogRecord record : loud) {
            String text = record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown());
            assertTrue(!text.contains("SELECT") && !text.contains("CDI_LOGIN_REMEMBER"),
                    "the store's message in a record above FINE: " + text);
        }
    }

    private static void serve(FakeHttp.Request request, Runnable work) {
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, new FakeHttp.Response());
        try {
            work.run();
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    private static String describe(List<LogRecord> records) {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage() + " | " + r.getThrown()).toList().toString();
    }
}

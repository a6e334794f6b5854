package io.github.cdilogin.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * A Weld SE deployment with {@link TestLoginSession}, set up as the README's recipe does (which
 * {@code ReadmeSnippetsTest} runs from the README itself): the library's warnings about a production
 * set-up (no DataSource for remember-me tokens, a key made at start) are noise in a test, and
 * {@code TestLoginSession} keeps them out.
 */
@EnableWeld
class QuietDeploymentTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                    .addBeanClasses(Payments.class, AppUsers.class, TestLoginSession.class)
                    .addExtensions(TestLoginSession.extension()))
            .activate(RequestScoped.class).build();

    @Inject
    TestLoginSession session;

    @Inject
    Payments payments;

    private final Warnings warnings = new Warnings();

    @BeforeEach
    void listenToTheLibrary() {
        Logger.getLogger("io.github.cdilogin").addHandler(warnings);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("io.github.cdilogin").removeHandler(warnings);
    }

    @Test
    void theLibraryDoesNotWarnOfItsProductionSetUpInATest() {
        // A logged-in request asks the remember-me service whether the session was logged out elsewhere:
        // that starts it, and its production warnings (no DataSource, a random key) are noise in a test.
        session.login("alice", true);
        payments.pay("order-1");
        assertEquals(List.of("alice paid order-1"), payments.paid(), "the request did not run as logged in");
        assertTrue(warnings.records.isEmpty(), () -> "the library warned in a test: " + warnings.records.stream()
                .map(LogRecord::getMessage).toList());
    }

    // --- the application under test -----------------------------------------------------------------

    /** A user of the application. */
    record AppUser(String id) implements LoginUser {
        @Override
        public String getId() {
            return id;
        }
    }

    /** The application's users: alice only. */
    @ApplicationScoped
    static class AppUsers implements UserLoader<AppUser> {
        @Override
        public Optional<AppUser> loadUser(String id) {
            return "alice".equals(id) ? Optional.of(new AppUser(id)) : Optional.empty();
        }
    }

    /** A bean whose method needs a fresh login, and that records what it did in the request. */
    @RequestScoped
    static class Payments {
        private final List<String> paid = new ArrayList<>();

        @Inject
        @CurrentUser
        LoginUser user;

        @FreshLoginRequired
        void pay(String order) {
            paid.add(user.getId() + " paid " + order);
        }

        List<String> paid() {
            return List.copyOf(paid);
        }
    }

    /** Keeps the library's warnings. */
    private static final class Warnings extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}

package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.remember.RememberTokens.Accepted;
import io.github.cdilogin.internal.remember.RememberTokens.Issued;
import io.github.cdilogin.internal.remember.RememberTokens.Outcome;
import io.github.cdilogin.internal.remember.RememberTokens.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FailClosedStore}: an outage of the store fails closed, and a revocation it could not take is
 * kept, refused on this member meanwhile, and written once the store answers again.
 */
class FailClosedStoreTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Duration DURATION = Duration.ofDays(30);
    private static final String ALICE = "alice";
    private static final String BOB = "bob";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(FailClosedStore.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private MemoryTokenStore memory;
    private FaultyStore faulty;
    private FailClosedStore store;
    private RememberTokens tokens;

    @BeforeEach
    void start() {
        memory = new MemoryTokenStore(clock);
        faulty = new FaultyStore(memory);
        store = new FailClosedStore(faulty, clock, scheduled::add, new PendingRevocations(3));
        tokens = new RememberTokens(store, SECRET, clock, Duration.ofSeconds(10));
        log.addHandler(capture);
        log.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
        log.setLevel(null);
    }

    @Test
    void restoreDuringAnOutageThrowsSoTheCallerStaysAnonymous() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.down = true;
        assertThrows(IllegalStateException.class, () -> tokens.use(issued.value()));
        faulty.down = false;
        assertInstanceOf(Accepted.class, tokens.use(issued.value()), "an outage revokes nothing");
    }

    @Test
    void revocationDuringAnOutageDoesNotThrow() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.down = true;
        tokens.revoke(issued.series());
        tokens.revokeAll(BOB);
        assertEquals(2, store.pendingCount());
    }

    @Test
    void revocationTheStoreRefusedIsRefusedOnThisMemberMeanwhile() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.deletesFail = true;
        tokens.revoke(issued.series());
        assertTrue(memory.find(issued.series()).isPresent(), "the store did not take it");
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Rejected.class, outcome, () -> "a revoked series logged in while its deletion waits: " + outcome);
    }

    @Test
    void revocationTheStoreRefusedIsWrittenAtTheNextUseOnceTheStoreIsBack() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Issued bobs = tokens.issue(BOB, DURATION);
        faulty.down = true;
        tokens.revoke(issued.series());
        faulty.down = false;
        clock.advance(FailClosedStore.RETRY_EVERY);
        assertInstanceOf(Accepted.class, tokens.use(bobs.value()));
        assertFalse(memory.find(issued.series()).isPresent(), "the kept revocation was not written");
        assertEquals(0, store.pendingCount());
    }

    @Test
    void revocationTheStoreRefusedIsNotRetriedOnEveryRequest() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Issued bobs = tokens.issue(BOB, DURATION);
        faulty.deletesFail = true;
        tokens.revoke(issued.series());
        faulty.calls.clear();
        tokens.use(bobs.value());
        tokens.use(bobs.value());
        assertEquals(0, faulty.calls.stream().filter(call -> call.startsWith("delete")).count(), faulty.calls::toString);
    }

    @Test
    void revocationTheStoreRefusedIsWrittenByTheScheduledRetry() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.down = true;
        tokens.revoke(issued.series());
        assertEquals(1, scheduled.size(), "one retry scheduled");
        scheduled.remove(0).run();
        assertEquals(1, store.pendingCount(), "still down: still kept");
        assertEquals(1, scheduled.size(), "and retried again later");
        faulty.down = false;
        scheduled.remove(0).run();
        assertFalse(memory.find(issued.series()).isPresent(), "the kept revocation was not written");
        assertEquals(0, store.pendingCount());
    }

    @Test
    void revokeAllTheStoreRefusedRefusesEverySeriesOfThatUserAndNoOther() {
        Issued laptop = tokens.issue(ALICE, DURATION);
        Issued phone = tokens.issue(ALICE, DURATION);
        Issued bobs = tokens.issue(BOB, DURATION);
        faulty.deletesFail = true;
        tokens.revokeAll(ALICE);
        assertInstanceOf(Rejected.class, tokens.use(laptop.value()));
        assertInstanceOf(Rejected.class, tokens.use(phone.value()));
        assertInstanceOf(Accepted.class, tokens.use(bobs.value()));
        faulty.deletesFail = false;
        store.retry();
        assertFalse(memory.find(laptop.series()).isPresent());
        assertFalse(memory.find(phone.series()).isPresent());
    }

    @Test
    void newLoginWritesKeptRevocationsFirst() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.down = true;
        tokens.revokeAll(ALICE);
        faulty.down = false;
        Issued fresh = tokens.issue(ALICE, DURATION);
        assertFalse(memory.find(issued.series()).isPresent(), "the older series was not revoked first");
        assertInstanceOf(Accepted.class, tokens.use(fresh.value()), "the new login's series must survive");
    }

    @Test
    void pastTheBoundEveryCookieIsRefusedUntilTheStoreTookWhatWasKept() {
        Issued bobs = tokens.issue(BOB, DURATION);
        faulty.deletesFail = true;
        for (int i = 0; i < 5; i++) {
            tokens.revoke("series-" + i);
        }
        assertEquals(3, store.pendingCount(), "bounded");
        Outcome whileOver = tokens.use(bobs.value());
        assertInstanceOf(Rejected.class, whileOver, () -> "past the bound nothing may pass: " + whileOver);
        faulty.deletesFail = false;
        store.retry();
        assertInstanceOf(Accepted.class, tokens.use(bobs.value()), "once drained, cookies work again");
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("2 remember-me"
                + " revocations were not kept")), this::messages);
    }

    @Test
    void anOutageIsLoggedOnceAtWarningWithoutTheStoresMessage() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.down = true;
        for (int i = 0; i < 5; i++) {
            assertThrows(IllegalStateException.class, () -> tokens.use(issued.value()));
        }
        tokens.revoke("some-series");
        tokens.revokeAll(BOB);
        List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(1, warnings.size(), this::messages);
        assertFalse(warnings.get(0).getMessage().contains("DELETE"), this::messages);
        assertFalse(warnings.get(0).getMessage().contains(issued.series()), this::messages);
        assertEquals(null, warnings.get(0).getThrown(), "no stack trace (it holds the SQL) above FINE");
        faulty.down = false;
        tokens.issue(BOB, DURATION);
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.INFO && r.getMessage().contains("answers again")),
                this::messages);
    }

    @Test
    void withNothingKeptAFindIsOneCallOfTheStore() {
        Issued issued = tokens.issue(ALICE, DURATION);
        faulty.calls.clear();
        tokens.use(issued.value());
        assertEquals(List.of("find " + issued.series(), "replace " + issued.series()), faulty.calls);
    }

    private String messages() {
        return logged.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString();
    }
}

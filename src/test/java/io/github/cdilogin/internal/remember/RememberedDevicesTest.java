package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.internal.remember.RememberTokens.Accepted;
import io.github.cdilogin.internal.remember.RememberTokens.Issued;
import io.github.cdilogin.internal.remember.RememberTokens.Rejected;
import io.github.cdilogin.spi.RememberToken;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RememberedDevices} with {@link RememberTokens} on the memory store and a clock: a user's live
 * series listed newest first, ids that do not reveal the series, revoking one device or all but one.
 */
class RememberedDevicesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final Duration DURATION = Duration.ofDays(30);
    private static final String ALICE = "alice";
    private static final String BOB = "bob";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T09:00:00Z"));
    private MemoryTokenStore memory;
    private RecordingStore store;
    private RememberTokens tokens;
    private RememberedDevices devices;

    @BeforeEach
    void start() {
        memory = new MemoryTokenStore(clock);
        store = new RecordingStore(memory);
        tokens = new RememberTokens(store, SECRET, clock, Duration.ofSeconds(10));
        devices = new RememberedDevices(store, SECRET, clock);
    }

    private Issued issue(String userId, String agent) {
        Issued issued = tokens.issue(userId, DURATION, null, agent);
        clock.advance(Duration.ofMinutes(1));
        return issued;
    }

    @Test
    void listsTheUsersLiveSeriesNewestFirstWithCreationLastUseAndAgent() {
        Instant first = clock.instant();
        Issued laptop = issue(ALICE, "Firefox on Linux");
        Instant second = clock.instant();
        Issued phone = issue(ALICE, "Chrome on Android");
        issue(BOB, "curl");
        clock.advance(Duration.ofHours(1));
        Instant used = clock.instant();
        assertInstanceOf(Accepted.class, tokens.use(laptop.value()));

        List<RememberedDevice> list = devices.of(ALICE, null);

        assertEquals(List.of(
                new RememberedDevice(devices.idOf(phone.series()), false, second, second, "Chrome on Android"),
                new RememberedDevice(devices.idOf(laptop.series()), false, first, used, "Firefox on Linux")), list);
    }

    @Test
    void currentIsTheSeriesOfThisRequestsLoginOnly() {
        Issued laptop = issue(ALICE, "Firefox on Linux");
        Issued phone = issue(ALICE, "Chrome on Android");

        List<RememberedDevice> list = devices.of(ALICE, laptop.series());

        assertEquals(List.of(false, true), list.stream().map(RememberedDevice::current).toList());
        assertEquals(devices.idOf(laptop.series()), list.get(1).id());
        assertTrue(devices.of(ALICE, phone.value()).stream().noneMatch(RememberedDevice::current),
                "a cookie value is not a series");
        assertTrue(devices.of(BOB, laptop.series()).isEmpty(), "another user's list names none of alice's series");
    }

    @Test
    void expiredRevokedAndOtherUsersSeriesAreNotListed() {
        issue(ALICE, "Firefox on Linux");
        Issued revoked = issue(ALICE, "Safari on macOS");
        issue(BOB, "curl");
        tokens.revoke(revoked.series());
        assertEquals(1, devices.of(ALICE, null).size());
        clock.advance(DURATION);
        assertEquals(List.of(), devices.of(ALICE, null));
    }

    @Test
    void aSeriesWithoutCreationOrAgentShowsItsLastUseAndUnknownBrowser() {
        Instant at = clock.instant();
        memory.create(new RememberToken("s1", ALICE, "h", null, at, at.plus(DURATION)));
        assertEquals(List.of(new RememberedDevice(devices.idOf("s1"), false, at, at, UserAgents.UNKNOWN)),
                devices.of(ALICE, null));
    }

    @Test
    void deviceIdRevealsNothingOfTheSeries() {
        Issued issued = issue(ALICE, "curl");
        String id = devices.of(ALICE, null).get(0).id();
        String series = issued.series();

        assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id);
        assertNotEquals(series, id);
        for (int i = 0; i + 6 <= series.length(); i++) {
            assertFalse(id.contains(series.substring(i, i + 6)), () -> "the id shares text with the series: " + id);
        }
        assertFalse(issued.value().contains(id), "the id is no part of the cookie");
        assertNotEquals(id, new RememberedDevices(store, OTHER_SECRET, clock).idOf(series), "keyed by the secret");
        assertEquals(id, new RememberedDevices(store, SECRET, clock).idOf(series), "stable on every member with the secret");
        assertEquals(Optional.empty(), devices.seriesOf(ALICE, series), "the series itself is no device id");
    }

    @Test
    void deviceIdFindsItsSeriesOnlyForItsOwner() {
        Issued alices = issue(ALICE, "curl");
        Issued bobs = issue(BOB, "curl");
        String alicesId = devices.idOf(alices.series());
        String bobsId = devices.idOf(bobs.series());

        assertEquals(Optional.of(alices.series()), devices.seriesOf(ALICE, alicesId));
        assertEquals(Optional.empty(), devices.seriesOf(ALICE, bobsId), "bob's device is not alice's to revoke");
        assertEquals(Optional.empty(), devices.seriesOf(BOB, alicesId));
    }

    @Test
    void hostileDeviceIdsFindNothingAndReadNoStore() {
        issue(ALICE, "curl");
        store.calls.clear();
        List<String> hostile = new ArrayList<>(List.of("", " ", "a".repeat(21), "a".repeat(23), "x".repeat(10_000),
                "<script>alert(1)</script>", "../../etc/passwd", "aaaaaaaaaaaaaaaaaaaa\r\n", "aaaaaaaaaaaaaaaaaaaa%2",
                "ääääääääääääääääääääää"));
        hostile.add(null);
        for (String id : hostile) {
            assertEquals(Optional.empty(), devices.seriesOf(ALICE, id), () -> "id: " + id);
        }
        assertEquals(List.of(), store.calls, "a malformed id is refused before any store read");
        assertEquals(Optional.empty(), devices.seriesOf(ALICE, "A".repeat(22)), "a well-formed guess finds nothing");
    }

    @Test
    void revokingOneDeviceEndsItsCookieAndLeavesTheOthers() {
        Issued laptop = issue(ALICE, "Firefox on Linux");
        Issued phone = issue(ALICE, "Chrome on Android");

        tokens.revoke(devices.seriesOf(ALICE, devices.idOf(phone.series())).orElseThrow());

        assertInstanceOf(Rejected.class, tokens.use(phone.value()));
        assertInstanceOf(Accepted.class, tokens.use(laptop.value()));
        assertEquals(List.of(devices.idOf(laptop.series())), devices.of(ALICE, null).stream().map(RememberedDevice::id).toList());
        assertNull(tokens.liveUntil(phone.series()), "a session that came from the phone's series ends at its next request");
    }

    @Test
    void revokingAllButTheCurrentKeepsItsPlaceCreationAgentAndExpiryUnderANewSeries() {
        Instant created = clock.instant();
        Issued laptop = issue(ALICE, "Firefox on Linux");
        Issued phone = issue(ALICE, "Chrome on Android");
        Issued bobs = issue(BOB, "curl");

        Issued kept = tokens.revokeAllBut(ALICE, laptop.series(), "stamp");

        assertInstanceOf(Rejected.class, tokens.use(phone.value()));
        assertInstanceOf(Rejected.class, tokens.use(laptop.value()), "the old value is replaced by the new one");
        assertEquals(laptop.expiresAt(), kept.expiresAt());
        Accepted accepted = assertInstanceOf(Accepted.class, tokens.use(kept.value()));
        assertEquals("stamp", accepted.stampHash());
        List<RememberedDevice> list = devices.of(ALICE, kept.series());
        assertEquals(1, list.size());
        assertEquals(created, list.get(0).createdAt());
        assertEquals("Firefox on Linux", list.get(0).agent());
        assertTrue(list.get(0).current());
        assertInstanceOf(Accepted.class, tokens.use(bobs.value()), "bob's devices stay");
    }

    @Test
    void revokingAllButASeriesOfAnotherUserOrNoneRevokesEveryOne() {
        Issued laptop = issue(ALICE, "Firefox on Linux");
        Issued bobs = issue(BOB, "curl");

        assertNull(tokens.revokeAllBut(ALICE, bobs.series(), null), "bob's series is not alice's to keep");
        assertNull(tokens.revokeAllBut(BOB, null, null));

        assertInstanceOf(Rejected.class, tokens.use(laptop.value()));
        assertInstanceOf(Rejected.class, tokens.use(bobs.value()));
    }

    @Test
    void aKeptRevocationHidesItsDeviceWhileTheStoreCannotTakeIt() {
        FaultyStore faulty = new FaultyStore(memory);
        FailClosedStore failClosed = new FailClosedStore(faulty, clock, task -> { }, new PendingRevocations(10));
        RememberTokens closed = new RememberTokens(failClosed, SECRET, clock, Duration.ofSeconds(10));
        RememberedDevices listed = new RememberedDevices(failClosed, SECRET, clock);
        Issued laptop = closed.issue(ALICE, DURATION, null, "Firefox on Linux");
        Issued phone = closed.issue(ALICE, DURATION, null, "Chrome on Android");
        faulty.deletesFail = true;

        closed.revoke(phone.series());

        assertEquals(List.of(listed.idOf(laptop.series())), listed.of(ALICE, null).stream().map(RememberedDevice::id).toList());
        assertEquals(2, memory.findAllFor(ALICE).size(), "the store still has it");
    }
}

package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.remember.RememberTokens.Accepted;
import io.github.cdilogin.internal.remember.RememberTokens.Issued;
import io.github.cdilogin.internal.remember.RememberTokens.Outcome;
import io.github.cdilogin.internal.remember.RememberTokens.Rejected;
import io.github.cdilogin.internal.remember.RememberTokens.Replayed;
import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RememberTokens}: random series and validator, only an HMAC kept, rotation on use, a grace period
 * for parallel requests, theft detection, server-side expiry and revocation (weakness 1 of Flask-Login).
 */
class RememberTokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration DURATION = Duration.ofDays(30);
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}");
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private MemoryTokenStore memory;
    private RecordingStore store;
    private RememberTokens tokens;

    @BeforeEach
    void start() {
        memory = new MemoryTokenStore(clock);
        store = new RecordingStore(memory);
        tokens = new RememberTokens(store, SECRET, clock, GRACE);
    }

    // --- issue ---------------------------------------------------------------------------------

    @Test
    void issuedValueIsSeriesColonValidatorInBase64url() {
        String value = tokens.issue(ALICE, DURATION).value();
        assertTrue(VALUE.matcher(value).matches(), () -> "issued value: " + value);
    }

    @Test
    void issuedValueStartsWithItsSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertEquals(issued.series() + ":", issued.value().substring(0, 23), () -> "issued: " + issued);
    }

    @Test
    void issuedValueRevealsNothingOfTheUserId() {
        String value = tokens.issue(ALICE, DURATION).value();
        byte[] id = ALICE.getBytes(StandardCharsets.UTF_8);
        for (String form : new String[] {ALICE, "alice", Base64.getEncoder().withoutPadding().encodeToString(id),
                Base64.getUrlEncoder().withoutPadding().encodeToString(id)}) {
            assertFalse(value.contains(form), () -> "value " + value + " contains " + form);
        }
    }

    @Test
    void twoValuesForTheSameUserShareNothing() {
        String first = tokens.issue(ALICE, DURATION).value();
        String second = tokens.issue(ALICE, DURATION).value();
        assertNotEquals(first.substring(0, 22), second.substring(0, 22), "series repeated");
        assertNotEquals(first.substring(23), second.substring(23), "validator repeated");
    }

    @Test
    void issuedSeriesExpiresAfterTheDuration() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertEquals(clock.instant().plus(DURATION), issued.expiresAt(), () -> "issued: " + issued);
        assertEquals(issued.expiresAt(), stored(issued.series()).expiresAt(), () -> "stored: " + stored(issued.series()));
    }

    @Test
    void storeKeepsTheUserIdAndAHashButNotTheValidator() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String validator = issued.value().substring(23);
        RememberToken token = stored(issued.series());
        assertEquals(ALICE, token.userId(), () -> "stored: " + token);
        assertFalse(token.toString().contains(validator), () -> "validator " + validator + " found in " + token);
        assertNotEquals(validator, token.validatorHash(), () -> "stored: " + token);
    }

    // --- use: rotation ------------------------------------------------------------------------

    @Test
    void issuedValueIsAcceptedForItsUser() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Accepted accepted = accepted(tokens.use(issued.value()));
        assertEquals(ALICE, accepted.userId(), () -> "got " + accepted);
        assertEquals(issued.series(), accepted.series(), () -> "got " + accepted);
    }

    @Test
    void acceptedValueIsRotatedWithinItsSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Accepted accepted = accepted(tokens.use(issued.value()));
        assertNotNull(accepted.nextValue(), () -> "got " + accepted);
        assertNotEquals(issued.value(), accepted.nextValue(), () -> "got " + accepted);
        assertTrue(VALUE.matcher(accepted.nextValue()).matches(), () -> "got " + accepted);
        assertTrue(accepted.nextValue().startsWith(issued.series() + ":"), () -> "got " + accepted);
    }

    @Test
    void rotationMovesTheOldHashToPrevious() {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        clock.advance(Duration.ofMinutes(5));
        tokens.use(issued.value());
        RememberToken after = stored(issued.series());
        assertEquals(before.validatorHash(), after.previousValidatorHash(), () -> "before " + before + ", after " + after);
        assertNotEquals(before.validatorHash(), after.validatorHash(), () -> "before " + before + ", after " + after);
        assertEquals(clock.instant(), after.rotatedAt(), () -> "after " + after);
    }

    @Test
    void rotationKeepsTheSeriesExpiry() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(Duration.ofDays(1));
        Accepted accepted = accepted(tokens.use(issued.value()));
        assertEquals(issued.expiresAt(), accepted.expiresAt(), () -> "got " + accepted);
        assertEquals(issued.expiresAt(), stored(issued.series()).expiresAt(), () -> "stored " + stored(issued.series()));
    }

    @Test
    void rotatedValueIsAcceptedAndRotatedAgain() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String second = accepted(tokens.use(issued.value())).nextValue();
        Accepted accepted = accepted(tokens.use(second));
        assertNotNull(accepted.nextValue(), () -> "got " + accepted);
        assertNotEquals(second, accepted.nextValue(), () -> "got " + accepted);
    }

    // --- use: grace period and replay -----------------------------------------------------------

    @Test
    void oldValueWithinTheGracePeriodIsAcceptedWithoutANewValue() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        clock.advance(GRACE.minusSeconds(1));
        Accepted accepted = accepted(tokens.use(issued.value()));
        assertEquals(ALICE, accepted.userId(), () -> "got " + accepted);
        assertNull(accepted.nextValue(), () -> "got " + accepted);
    }

    @Test
    void oldValueWithinTheGracePeriodLeavesTheSeriesAsItIs() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        RememberToken rotated = stored(issued.series());
        tokens.use(issued.value());
        assertEquals(rotated, stored(issued.series()));
    }

    @Test
    void oldValueAtTheLastInstantOfTheGracePeriodIsAccepted() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        clock.advance(GRACE);
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    @Test
    void oldValueAfterTheGracePeriodIsReplayed() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        clock.advance(GRACE.plusMillis(1));
        Outcome outcome = tokens.use(issued.value());
        assertEquals(new Replayed(ALICE), outcome);
    }

    @Test
    void replayDeletesTheSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        clock.advance(GRACE.plusSeconds(1));
        tokens.use(issued.value());
        assertEquals(Optional.empty(), memory.find(issued.series()));
    }

    @Test
    void afterAReplayTheNewestValueIsRejectedToo() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String newest = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(GRACE.plusSeconds(1));
        tokens.use(issued.value());
        Outcome outcome = tokens.use(newest);
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    @Test
    void valueFromTwoRotationsAgoIsReplayedEvenWithinTheGracePeriod() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String second = accepted(tokens.use(issued.value())).nextValue();
        tokens.use(second);
        Outcome outcome = tokens.use(issued.value());
        assertEquals(new Replayed(ALICE), outcome);
    }

    // --- use: expiry -----------------------------------------------------------------------------

    @Test
    void seriesIsAcceptedUntilJustBeforeItsExpiry() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(DURATION.minusMillis(1));
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    @Test
    void expiredSeriesIsRejectedWhateverTheCookieSays() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(DURATION);
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    @Test
    void expiredSeriesIsDeleted() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(DURATION.plusDays(1));
        tokens.use(issued.value());
        assertEquals(Optional.empty(), memory.find(issued.series()));
    }

    // --- use: values that are not ours ---------------------------------------------------------

    /**
     * The series id is as secret as the validator: a wrong validator for a live series means a copy of
     * the cookie is in other hands, so the series ends (Miller's rule). Refusing it alone would let a
     * thief who rotated twice keep the series while the owner's cookie fails quietly.
     */
    @Test
    void wrongValidatorForALiveSeriesEndsTheSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Outcome outcome = tokens.use(tampered(issued.value()));
        assertInstanceOf(Replayed.class, outcome, () -> "got " + outcome);
        assertEquals(Optional.empty(), memory.find(issued.series()), "the series should be revoked");
    }

    @Test
    void tamperedValidatorIsNotAccepted() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Outcome outcome = tokens.use(tampered(issued.value()));
        assertFalse(outcome instanceof Accepted, () -> "got " + outcome);
    }

    @Test
    void validatorOfOneSeriesIsNotAcceptedUnderAnother() {
        Issued mine = tokens.issue(ALICE, DURATION);
        Issued other = tokens.issue(BOB, DURATION);
        Outcome outcome = tokens.use(other.series() + mine.value().substring(22));
        assertFalse(outcome instanceof Accepted, () -> "got " + outcome);
    }

    @Test
    void unknownSeriesIsRejected() {
        tokens.issue(ALICE, DURATION);
        Outcome outcome = tokens.use("AAAAAAAAAAAAAAAAAAAAAA:" + "B".repeat(43));
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                malformed("null", value -> null),
                malformed("empty", value -> ""),
                malformed("truncated by one", value -> value.substring(0, value.length() - 1)),
                malformed("series only", value -> value.substring(0, 22)),
                malformed("series and separator only", value -> value.substring(0, 23)),
                malformed("one character too long", value -> value + "A"),
                malformed("padded with =", value -> value + "="),
                malformed("'+' in the validator", value -> replaceAt(value, 30, '+')),
                malformed("'/' in the validator", value -> replaceAt(value, 30, '/')),
                malformed("'.' in the series", value -> replaceAt(value, 5, '.')),
                malformed("space in the validator", value -> replaceAt(value, 40, ' ')),
                malformed("non-ASCII in the validator", value -> replaceAt(value, 40, 'é')),
                malformed("separator missing", value -> replaceAt(value, 22, 'A')),
                malformed("separator moved", value -> value.substring(0, 21) + ":" + value.charAt(21) + value.substring(23)),
                malformed("two separators", value -> replaceAt(value, 40, ':')),
                malformed("separator '|' instead of ':'", value -> replaceAt(value, 22, '|')),
                malformed("series and validator swapped", value -> value.substring(23) + ":" + value.substring(0, 22)),
                malformed("percent-encoded separator", value -> value.substring(0, 22) + "%3A" + value.substring(23)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedValueIsRejected(String what, UnaryOperator<String> spoil) {
        String value = spoil.apply(tokens.issue(ALICE, DURATION).value());
        Outcome outcome = tokens.use(value);
        assertInstanceOf(Rejected.class, outcome, () -> what + " " + value + ": got " + outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedValueDoesNotTouchTheStore(String what, UnaryOperator<String> spoil) {
        String value = spoil.apply(tokens.issue(ALICE, DURATION).value());
        store.calls.clear();
        tokens.use(value);
        assertEquals(java.util.List.of(), store.calls, () -> what + " " + value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedValueLeavesTheSeriesUsable(String what, UnaryOperator<String> spoil) {
        String good = tokens.issue(ALICE, DURATION).value();
        tokens.use(spoil.apply(good));
        Outcome outcome = tokens.use(good);
        assertInstanceOf(Accepted.class, outcome, () -> what + ": the good value then got " + outcome);
    }

    @Test
    void valueIsNotAcceptedUnderAnotherSecret() {
        RememberTokens otherNode = new RememberTokens(store, OTHER_SECRET, clock, GRACE);
        Issued issued = tokens.issue(ALICE, DURATION);
        Outcome outcome = otherNode.use(issued.value());
        assertFalse(outcome instanceof Accepted, () -> "got " + outcome);
    }

    @Test
    void valueOfAnotherSecretIsNotAccepted() {
        RememberTokens otherNode = new RememberTokens(store, OTHER_SECRET, clock, GRACE);
        Issued issued = otherNode.issue(ALICE, DURATION);
        Outcome outcome = tokens.use(issued.value());
        assertFalse(outcome instanceof Accepted, () -> "got " + outcome);
    }

    // --- revocation ------------------------------------------------------------------------------

    @Test
    void revokedSeriesIsRejected() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.revoke(issued.series());
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    @Test
    void revokingOneSeriesLeavesTheUsersOtherSeries() {
        Issued laptop = tokens.issue(ALICE, DURATION);
        Issued phone = tokens.issue(ALICE, DURATION);
        tokens.revoke(laptop.series());
        Outcome outcome = tokens.use(phone.value());
        assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    @Test
    void revokeAllRejectsEverySeriesOfTheUser() {
        Issued laptop = tokens.issue(ALICE, DURATION);
        Issued phone = tokens.issue(ALICE, DURATION);
        tokens.revokeAll(ALICE);
        Outcome fromLaptop = tokens.use(laptop.value());
        Outcome fromPhone = tokens.use(phone.value());
        assertInstanceOf(Rejected.class, fromLaptop, () -> "laptop got " + fromLaptop);
        assertInstanceOf(Rejected.class, fromPhone, () -> "phone got " + fromPhone);
    }

    @Test
    void revokeAllLeavesOtherUsersSeries() {
        tokens.issue(ALICE, DURATION);
        Issued bobs = tokens.issue(BOB, DURATION);
        tokens.revokeAll(ALICE);
        Outcome outcome = tokens.use(bobs.value());
        assertEquals(BOB, accepted(outcome).userId());
    }

    // --- extend ----------------------------------------------------------------------------------

    @Test
    void extendMovesTheExpiryFromNow() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(Duration.ofDays(3));
        Instant expiresAt = tokens.extend(issued.value(), DURATION);
        assertEquals(clock.instant().plus(DURATION), expiresAt);
        assertEquals(expiresAt, stored(issued.series()).expiresAt(), () -> "stored " + stored(issued.series()));
    }

    @Test
    void extendedSeriesOutlivesItsFirstExpiry() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(Duration.ofDays(3));
        tokens.extend(issued.value(), DURATION);
        clock.advance(DURATION.minusDays(1));
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    @Test
    void extendDoesNotRotate() {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        tokens.extend(issued.value(), DURATION);
        RememberToken after = stored(issued.series());
        assertEquals(before.validatorHash(), after.validatorHash(), () -> "before " + before + ", after " + after);
        assertEquals(before.previousValidatorHash(), after.previousValidatorHash(), () -> "before " + before + ", after " + after);
    }

    @Test
    void extendWithTheRotatedAwayValueChangesNothing() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        RememberToken rotated = stored(issued.series());
        clock.advance(Duration.ofSeconds(1));
        Instant got = tokens.extend(issued.value(), Duration.ofDays(365));
        assertNull(got, () -> "extend returned " + got);
        assertEquals(rotated, stored(issued.series()));
    }

    @Test
    void extendOfAnExpiredSeriesChangesNothing() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(DURATION);
        Instant got = tokens.extend(issued.value(), DURATION);
        assertNull(got, () -> "extend returned " + got);
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    @Test
    void extendWithATamperedValueChangesNothing() {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        Instant got = tokens.extend(tampered(issued.value()), Duration.ofDays(365));
        assertNull(got, () -> "extend returned " + got);
        assertEquals(before, stored(issued.series()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void extendWithAMalformedValueChangesNothing(String what, UnaryOperator<String> spoil) {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        Instant got = tokens.extend(spoil.apply(issued.value()), Duration.ofDays(365));
        assertNull(got, () -> what + ": extend returned " + got);
        assertEquals(before, stored(issued.series()));
    }

    // --- races -----------------------------------------------------------------------------------

    @Test
    void lostRotationRaceIsAcceptedThroughTheGracePeriod() {
        ParallelRotationStore racing = new ParallelRotationStore(memory, clock);
        RememberTokens racingTokens = new RememberTokens(racing, SECRET, clock, GRACE);
        Issued issued = racingTokens.issue(ALICE, DURATION);
        Outcome outcome = racingTokens.use(issued.value());
        assertEquals(new Accepted(ALICE, issued.series(), null, issued.expiresAt()), outcome);
    }

    @Test
    void lostRotationRaceKeepsTheWinnersRotation() {
        ParallelRotationStore racing = new ParallelRotationStore(memory, clock);
        RememberTokens racingTokens = new RememberTokens(racing, SECRET, clock, GRACE);
        Issued issued = racingTokens.issue(ALICE, DURATION);
        racingTokens.use(issued.value());
        assertEquals(Optional.of(racing.winner), memory.find(issued.series()));
    }

    // --- seriesOf --------------------------------------------------------------------------------

    @Test
    void seriesOfAWellFormedValueIsItsFirstPart() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertEquals(Optional.of(issued.series()), tokens.seriesOf(issued.value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void seriesOfAMalformedValueIsEmpty(String what, UnaryOperator<String> spoil) {
        String value = spoil.apply(tokens.issue(ALICE, DURATION).value());
        assertEquals(Optional.empty(), tokens.seriesOf(value), () -> what + " " + value);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * A store in which another request rotates the series between this request's find and replace:
     * its first replace performs that parallel rotation and then fails, as a real store would.
     */
    private static final class ParallelRotationStore extends RecordingStore {

        private final MutableClock clock;
        RememberToken winner;

        ParallelRotationStore(RememberTokenStore delegate, MutableClock clock) {
            super(delegate);
            this.clock = clock;
        }

        @Override
        public boolean replace(RememberToken current, RememberToken next) {
            if (winner == null) {
                winner = new RememberToken(current.series(), current.userId(), "hash-of-the-parallel-requests-validator",
                        current.validatorHash(), clock.instant(), current.expiresAt());
                if (!delegate.replace(current, winner)) {
                    throw new IllegalStateException("the parallel rotation itself failed");
                }
            }
            return super.replace(current, next);
        }
    }

    private static Arguments malformed(String what, UnaryOperator<String> spoil) {
        return Arguments.of(what, spoil);
    }

    private static String replaceAt(String value, int index, char c) {
        return value.substring(0, index) + c + value.substring(index + 1);
    }

    /** The value with one validator character changed to another base64url character. */
    private static String tampered(String value) {
        char last = value.charAt(value.length() - 1);
        return replaceAt(value, value.length() - 1, last == 'A' ? 'B' : 'A');
    }

    private RememberToken stored(String series) {
        return memory.find(series).orElseThrow(() -> new AssertionError("no series " + series + " in the store"));
    }

    private static Accepted accepted(Outcome outcome) {
        return assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    // --- auth stamp and the sessions' series check ------------------------------------------------

    @Test
    void stampHashIsKeptWithTheSeriesAndSurvivesEveryRotation() {
        Issued issued = tokens.issue(ALICE, DURATION, "stamp-hash");
        Accepted first = assertInstanceOf(Accepted.class, tokens.use(issued.value()));
        assertEquals("stamp-hash", first.stampHash());
        Accepted second = assertInstanceOf(Accepted.class, tokens.use(first.nextValue()));
        assertEquals("stamp-hash", second.stampHash(), "a rotation dropped the stamp");
        assertEquals("stamp-hash", memory.find(issued.series()).orElseThrow().stampHash());
    }

    @Test
    void seriesIssuedWithoutAStampCarriesNone() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertNull(assertInstanceOf(Accepted.class, tokens.use(issued.value())).stampHash());
    }

    @Test
    void liveSeriesIsLiveUntilItsExpiry() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertEquals(issued.expiresAt(), tokens.liveUntil(issued.series()));
        clock.advance(DURATION.minusSeconds(1));
        assertEquals(issued.expiresAt(), tokens.liveUntil(issued.series()));
    }

    @Test
    void expiredSeriesIsNotLiveEvenBeforeTheStoreDropsIt() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(DURATION);
        assertNull(tokens.liveUntil(issued.series()), "a session may not outlive its series' expiry");
    }

    @Test
    void revokedSeriesIsNotLive() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.revokeAll(ALICE);
        assertNull(tokens.liveUntil(issued.series()));
    }

    @Test
    void replayedSeriesIsNotLiveForTheThiefsSessionEither() {
        Issued issued = tokens.issue(ALICE, DURATION);
        Accepted thief = assertInstanceOf(Accepted.class, tokens.use(issued.value()));
        assertEquals(issued.expiresAt(), tokens.liveUntil(thief.series()), "the thief's session is live until the replay");
        clock.advance(GRACE.plusSeconds(1));
        assertInstanceOf(Replayed.class, tokens.use(issued.value()));
        assertNull(tokens.liveUntil(thief.series()), "the replay must end the thief's session too");
    }

    @Test
    void liveSeriesCheckIsOneStoreRead() {
        Issued issued = tokens.issue(ALICE, DURATION);
        int before = store.calls.size();
        tokens.liveUntil(issued.series());
        assertEquals(java.util.List.of("find " + issued.series()), store.calls.subList(before, store.calls.size()));
    }
}

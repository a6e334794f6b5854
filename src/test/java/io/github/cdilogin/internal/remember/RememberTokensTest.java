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
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{8}\\.[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}");
    /** Where the series starts: after the 8-character key id and its dot. */
    private static final int S = 9;
    /** Where the separator is, and the validator starts after it. */
    private static final int C = S + 22;
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
    void issuedValueIsKeyIdDotSeriesColonValidatorInBase64url() {
        String value = tokens.issue(ALICE, DURATION).value();
        assertTrue(VALUE.matcher(value).matches(), () -> "issued value: " + value);
    }

    @Test
    void issuedValueStartsWithTheKeyIdAndItsSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        assertEquals(tokens.keyId() + "." + issued.series() + ":", issued.value().substring(0, C + 1), () -> "issued: " + issued);
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
        assertNotEquals(first.substring(S, C), second.substring(S, C), "series repeated");
        assertNotEquals(first.substring(C + 1), second.substring(C + 1), "validator repeated");
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
        String validator = issued.value().substring(C + 1);
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
        assertTrue(accepted.nextValue().startsWith(tokens.keyId() + "." + issued.series() + ":"), () -> "got " + accepted);
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

    // --- use: lost responses are no theft (spring-security #2648, #3079, #6605) -----------------

    @Test
    void valueWhoseRotationNeverReachedTheBrowserIsAcceptedAfterTheGracePeriod() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value()); // the response with the new value is lost
        clock.advance(Duration.ofDays(2));
        Accepted accepted = accepted(tokens.use(issued.value()));
        assertEquals(ALICE, accepted.userId(), () -> "got " + accepted);
        assertNotNull(accepted.nextValue(), () -> "the browser needs a new value: " + accepted);
        assertTrue(memory.find(issued.series()).isPresent(), "a lost response must not revoke the series");
    }

    @Test
    void valueWhoseRotationWasLostJustAfterTheGracePeriodIsAccepted() {
        Issued issued = tokens.issue(ALICE, DURATION);
        tokens.use(issued.value());
        clock.advance(GRACE.plusMillis(1));
        Outcome outcome = tokens.use(issued.value());
        assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
    }

    @Test
    void lostRotationIsRotatedAgainFromTheValueTheBrowserHolds() {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken first = stored(issued.series());
        tokens.use(issued.value());
        clock.advance(Duration.ofHours(1));
        Accepted again = accepted(tokens.use(issued.value()));
        RememberToken after = stored(issued.series());
        assertEquals(first.validatorHash(), after.previousValidatorHash(), () -> "the held value stays the previous: " + after);
        assertEquals(clock.instant(), after.rotatedAt(), () -> "after " + after);
        clock.advance(Duration.ofHours(1));
        Accepted next = accepted(tokens.use(again.nextValue()));
        assertNotNull(next.nextValue(), () -> "the re-rotated value works and rotates: " + next);
    }

    @Test
    void threeLostResponsesInARowAreNoTheft() {
        Issued issued = tokens.issue(ALICE, DURATION);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(30));
            Outcome outcome = tokens.use(issued.value());
            assertInstanceOf(Accepted.class, outcome, () -> "got " + outcome);
        }
    }

    @Test
    void valueFromBeforeALostRotationStaysValidOnlyUntilItsSuccessorIsPresented() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String lost = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofMinutes(5));
        tokens.use(lost); // the browser did get it after all, and used it: the old value is now spent
        clock.advance(Duration.ofMinutes(5));
        Outcome outcome = tokens.use(issued.value());
        assertEquals(new Replayed(ALICE), outcome);
    }

    // --- use: real replays are still caught -----------------------------------------------------

    @Test
    void copyPresentedAfterTheOwnerWentOnIsReplayedAndRevokesTheSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String second = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofMinutes(1));
        String third = accepted(tokens.use(second)).nextValue();
        clock.advance(Duration.ofHours(3));
        Outcome copy = tokens.use(issued.value());
        assertEquals(new Replayed(ALICE), copy);
        assertEquals(Optional.empty(), memory.find(issued.series()), "the series should be revoked");
        Outcome owner = tokens.use(third);
        assertInstanceOf(Rejected.class, owner, () -> "after a replay the newest value too: got " + owner);
    }

    @Test
    void thiefWhoWentOnIsCaughtAtTheOwnersNextVisit() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(Duration.ofHours(1));
        String thiefs = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofMinutes(1));
        String thiefsNext = accepted(tokens.use(thiefs)).nextValue();
        clock.advance(Duration.ofDays(1));
        Outcome owner = tokens.use(issued.value());
        assertEquals(new Replayed(ALICE), owner);
        Outcome thief = tokens.use(thiefsNext);
        assertInstanceOf(Rejected.class, thief, () -> "the thief's value must end with the series: got " + thief);
    }

    /**
     * The price of the rule: a thief who uses a copied value once, and never again, looks like the
     * owner's lost response, so the owner's next visit passes. The next use by either of them of the
     * value the other moved past ends the series: two copies never both go on.
     */
    @Test
    void thiefWhoUsedTheCopyOnceIsCaughtAtItsNextUse() {
        Issued issued = tokens.issue(ALICE, DURATION);
        clock.advance(Duration.ofHours(1));
        String thiefs = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofDays(1));
        String owners = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofMinutes(1));
        Outcome thief = tokens.use(thiefs);
        assertEquals(new Replayed(ALICE), thief);
        Outcome owner = tokens.use(owners);
        assertInstanceOf(Rejected.class, owner, () -> "the series is revoked as a whole: got " + owner);
    }

    @Test
    void ownerAndCopyAlternatingWithoutAGapAreCaughtAtTheSecondStep() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String owners = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(GRACE.plusSeconds(1));
        accepted(tokens.use(issued.value())); // the copy: taken for a lost response
        clock.advance(Duration.ofSeconds(1));
        Outcome owner = tokens.use(owners);
        assertEquals(new Replayed(ALICE), owner);
    }

    @Test
    void replayDeletesTheSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String second = accepted(tokens.use(issued.value())).nextValue();
        tokens.use(second);
        clock.advance(GRACE.plusSeconds(1));
        tokens.use(issued.value());
        assertEquals(Optional.empty(), memory.find(issued.series()));
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
        Outcome outcome = tokens.use(tokens.keyId() + "." + other.series() + mine.value().substring(C));
        assertFalse(outcome instanceof Accepted, () -> "got " + outcome);
    }

    @Test
    void unknownSeriesIsRejected() {
        tokens.issue(ALICE, DURATION);
        Outcome outcome = tokens.use(tokens.keyId() + ".AAAAAAAAAAAAAAAAAAAAAA:" + "B".repeat(43));
        assertInstanceOf(Rejected.class, outcome, () -> "got " + outcome);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                malformed("null", value -> null),
                malformed("empty", value -> ""),
                malformed("truncated by one", value -> value.substring(0, value.length() - 1)),
                malformed("key id and series only", value -> value.substring(0, C)),
                malformed("key id, series and separator only", value -> value.substring(0, C + 1)),
                malformed("series only", value -> value.substring(S, C)),
                malformed("key id only", value -> value.substring(0, S)),
                malformed("key id's dot missing", value -> value.substring(0, S - 1) + value.substring(S)),
                malformed("key id's dot replaced", value -> replaceAt(value, S - 1, 'A')),
                malformed("'+' in the key id", value -> replaceAt(value, 2, '+')),
                malformed("key id one character short", value -> value.substring(1)),
                malformed("key id one character long", value -> "A" + value),
                malformed("one character too long", value -> value + "A"),
                malformed("padded with =", value -> value + "="),
                malformed("'+' in the validator", value -> replaceAt(value, C + 8, '+')),
                malformed("'/' in the validator", value -> replaceAt(value, C + 8, '/')),
                malformed("'.' in the series", value -> replaceAt(value, S + 5, '.')),
                malformed("space in the validator", value -> replaceAt(value, C + 18, ' ')),
                malformed("non-ASCII in the validator", value -> replaceAt(value, C + 18, 'é')),
                malformed("separator missing", value -> replaceAt(value, C, 'A')),
                malformed("separator moved", value -> value.substring(0, C - 1) + ":" + value.charAt(C - 1) + value.substring(C + 1)),
                malformed("two separators", value -> replaceAt(value, C + 18, ':')),
                malformed("separator '|' instead of ':'", value -> replaceAt(value, C, '|')),
                malformed("series and validator swapped", value -> value.substring(0, S) + value.substring(C + 1) + ":" + value.substring(S, C)),
                malformed("percent-encoded separator", value -> value.substring(0, C) + "%3A" + value.substring(C + 1)));
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

    // --- key ids: another secret is no theft ---------------------------------------------------

    @Test
    void keyIdIsTheSameForTheSameSecretAndDiffersForAnother() {
        assertEquals(tokens.keyId(), new RememberTokens(store, SECRET.clone(), clock, GRACE).keyId());
        assertNotEquals(tokens.keyId(), new RememberTokens(store, OTHER_SECRET, clock, GRACE).keyId());
        assertTrue(Pattern.matches("[A-Za-z0-9_-]{8}", tokens.keyId()), tokens.keyId());
    }

    @Test
    void valueOfAMemberWithAnotherSecretIsRefusedQuietlyWithoutTouchingTheStore() {
        RememberTokens otherNode = new RememberTokens(store, OTHER_SECRET, clock, GRACE);
        Issued issued = otherNode.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        store.calls.clear();
        clock.advance(Duration.ofHours(1));
        Outcome outcome = tokens.use(issued.value());
        assertEquals(new RememberTokens.OtherKey(otherNode.keyId()), outcome);
        assertEquals(java.util.List.of(), store.calls, "no look-up, no revocation");
        assertEquals(before, stored(issued.series()));
        assertInstanceOf(Accepted.class, otherNode.use(issued.value()), "the member that made it still takes it");
    }

    @Test
    void restartWithANewRandomSecretOverTheSameStoreRaisesNoAlarm() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String rotated = accepted(tokens.use(issued.value())).nextValue();
        clock.advance(Duration.ofDays(1));
        RememberTokens restarted = new RememberTokens(store, OTHER_SECRET, clock, GRACE);
        for (String value : new String[] {issued.value(), rotated}) {
            Outcome outcome = restarted.use(value);
            assertEquals(new RememberTokens.OtherKey(tokens.keyId()), outcome);
        }
        assertTrue(memory.find(issued.series()).isPresent(), "nothing is revoked");
    }

    @Test
    void valueFromBeforeKeyIdsIsRefusedQuietlyAsAnUnknownKey() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String unkeyed = issued.value().substring(S); // series:validator, as cookies were made before
        store.calls.clear();
        Outcome outcome = tokens.use(unkeyed);
        assertEquals(new RememberTokens.OtherKey(null), outcome);
        assertEquals(java.util.List.of(), store.calls, "no look-up, no revocation");
        assertInstanceOf(Accepted.class, tokens.use(issued.value()), "the series is untouched");
    }

    @Test
    void valueWithAForgedKeyIdIsRefusedQuietlyAndLeavesTheSeries() {
        Issued issued = tokens.issue(ALICE, DURATION);
        String forged = (tokens.keyId().startsWith("A") ? "BBBBBBBB" : "AAAAAAAA") + issued.value().substring(S - 1);
        Outcome outcome = tokens.use(forged);
        assertInstanceOf(RememberTokens.OtherKey.class, outcome, () -> "got " + outcome);
        assertInstanceOf(Accepted.class, tokens.use(issued.value()), "the series is untouched");
    }

    @Test
    void extendUnderAnotherKeyChangesNothing() {
        Issued issued = tokens.issue(ALICE, DURATION);
        RememberToken before = stored(issued.series());
        RememberTokens otherNode = new RememberTokens(store, OTHER_SECRET, clock, GRACE);
        assertNull(otherNode.extend(issued.value(), Duration.ofDays(365)));
        assertNull(tokens.extend(issued.value().substring(S), Duration.ofDays(365)));
        assertEquals(before, stored(issued.series()));
    }

    @Test
    void seriesOfAValueUnderAnotherKeyOrNoneIsStillItsSeriesForALogout() {
        Issued issued = new RememberTokens(store, OTHER_SECRET, clock, GRACE).issue(ALICE, DURATION);
        assertEquals(Optional.of(issued.series()), tokens.seriesOf(issued.value()));
        assertEquals(Optional.of(issued.series()), tokens.seriesOf(issued.value().substring(S)));
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
        clock.advance(Duration.ofMinutes(1));
        // The thief goes on with the value it was sent, so the owner's value is now two rotations old.
        assertInstanceOf(Accepted.class, tokens.use(thief.nextValue()));
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

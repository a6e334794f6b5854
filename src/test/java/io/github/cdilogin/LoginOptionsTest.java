package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LoginOptions}: {@code login_user}'s keyword arguments as an immutable value. */
class LoginOptionsTest {

    @Test
    void defaultIsNotRememberedConfiguredDurationNotForcedAndFresh() {
        LoginOptions options = LoginOptions.DEFAULT;

        assertFalse(options.isRemember(), "remember");
        assertEquals(Optional.empty(), options.duration(), "duration");
        assertFalse(options.isForce(), "force");
        assertTrue(options.isFresh(), "fresh");
    }

    @Test
    void eachOptionReturnsANewValueAndLeavesDefaultAlone() {
        LoginOptions remembered = LoginOptions.DEFAULT.remember();
        LoginOptions forced = LoginOptions.DEFAULT.force();
        LoginOptions stale = LoginOptions.DEFAULT.notFresh();

        assertNotSame(LoginOptions.DEFAULT, remembered, "remember()");
        assertNotSame(LoginOptions.DEFAULT, forced, "force()");
        assertNotSame(LoginOptions.DEFAULT, stale, "notFresh()");
        assertEquals("LoginOptions[remember=false, duration=null, force=false, fresh=true]",
                LoginOptions.DEFAULT.toString(), "DEFAULT after deriving from it");
    }

    @Test
    void rememberUsesTheConfiguredDuration() {
        LoginOptions options = LoginOptions.DEFAULT.remember();

        assertTrue(options.isRemember(), "remember");
        assertEquals(Optional.empty(), options.duration(), "duration");
    }

    @Test
    void rememberWithADurationKeepsIt() {
        LoginOptions options = LoginOptions.DEFAULT.remember(Duration.ofDays(30));

        assertTrue(options.isRemember(), "remember");
        assertEquals(Optional.of(Duration.ofDays(30)), options.duration(), "duration");
    }

    @Test
    void rememberRejectsAZeroDuration() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LoginOptions.DEFAULT.remember(Duration.ZERO));

        assertEquals("A remember duration must be positive, not PT0S", refused.getMessage());
    }

    @Test
    void rememberRejectsANegativeDuration() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LoginOptions.DEFAULT.remember(Duration.ofDays(-1)));

        assertTrue(refused.getMessage().contains("PT-24H"), refused.getMessage());
    }

    @Test
    void rememberRejectsANullDuration() {
        assertThrows(NullPointerException.class, () -> LoginOptions.DEFAULT.remember(null));
    }

    @Test
    void chainedOptionsKeepEachOther() {
        LoginOptions options = LoginOptions.DEFAULT.remember(Duration.ofHours(1)).force().notFresh();

        assertTrue(options.isRemember(), "remember");
        assertEquals(Optional.of(Duration.ofHours(1)), options.duration(), "duration");
        assertTrue(options.isForce(), "force");
        assertFalse(options.isFresh(), "fresh");
    }

    @Test
    void rememberAfterADurationKeepsTheDuration() {
        LoginOptions options = LoginOptions.DEFAULT.remember(Duration.ofHours(1)).remember();

        assertEquals(Optional.of(Duration.ofHours(1)), options.duration());
    }
}

package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.support.AppUser;
import org.junit.jupiter.api.Test;

/** {@link AuthStamps}: what a session keeps of a user's auth stamp, and when a login still stands. */
class AuthStampsTest {

    private static final String PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    @Test
    void userWithoutAStampHasNoHash() {
        assertNull(AuthStamps.of(AppUser.active("alice")));
    }

    @Test
    void hashIsShortStableAndNeverTheStamp() {
        String hash = AuthStamps.of(AppUser.active("alice").withStamp(PASSWORD_HASH));
        assertEquals(22, hash.length(), hash);
        assertTrue(hash.matches("[A-Za-z0-9_-]{22}"), hash);
        assertFalse(PASSWORD_HASH.contains(hash) || hash.contains("argon"), hash);
        assertEquals(hash, AuthStamps.of(AppUser.active("bob").withStamp(PASSWORD_HASH)), "the same on every member");
        assertNotEquals(hash, AuthStamps.of(AppUser.active("alice").withStamp(PASSWORD_HASH + "x")));
    }

    @Test
    void loginStandsWhileTheStampIsTheSame() {
        AppUser alice = AppUser.active("alice").withStamp("v1");
        assertTrue(AuthStamps.stillValid(AuthStamps.of(alice), alice));
    }

    @Test
    void loginEndsWhenTheStampChanges() {
        AppUser alice = AppUser.active("alice").withStamp("v1");
        assertFalse(AuthStamps.stillValid(AuthStamps.of(alice), alice.withStamp("v2")));
    }

    @Test
    void loginEndsWhenTheStampIsGoneSinceTheLogin() {
        AppUser alice = AppUser.active("alice").withStamp("v1");
        assertFalse(AuthStamps.stillValid(AuthStamps.of(alice), alice.withStamp(null)));
    }

    @Test
    void loginMadeWithoutAStampIsNotCheckedAgainstOne() {
        assertTrue(AuthStamps.stillValid(null, AppUser.active("alice").withStamp("v1")));
    }
}

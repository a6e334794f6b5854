package io.github.cdilogin.quickstart;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with what the JDK has: PBKDF2-HMAC-SHA256, a random salt per password and a
 * constant-time comparison. The library never sees a password; checking one is the application's
 * job, as in Flask-Login. A real application would rather use its identity store or a vetted
 * library (Argon2, bcrypt), and keep the hashes in a database.
 */
final class Passwords {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    private static final int ITERATIONS = 600_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A salted hash, as it would be stored. */
    record Hash(byte[] salt, byte[] key) {
    }

    private Passwords() {
    }

    /** @return a new random auth stamp, made with each password: 128 bits, base64url */
    static String stamp() {
        byte[] stamp = new byte[16];
        RANDOM.nextBytes(stamp);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(stamp);
    }

    static Hash hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Hash(salt, pbkdf2(password, salt));
    }

    /** Compares in constant time, so that the answer's timing tells nothing about the hash. */
    static boolean verify(char[] password, Hash hash) {
        return MessageDigest.isEqual(pbkdf2(password, hash.salt()), hash.key());
    }

    private static byte[] pbkdf2(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}

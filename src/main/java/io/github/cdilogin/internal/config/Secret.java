package io.github.cdilogin.internal.config;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The key of the remember tokens' hashes. Its bytes never appear in {@code toString()}, so settings
 * can be logged.
 */
public final class Secret {

    /** The shortest key allowed, in bytes. */
    public static final int MIN_BYTES = 32;

    private final byte[] key;
    private final boolean generated;

    Secret(byte[] key, boolean generated) {
        this.key = key.clone();
        this.generated = generated;
    }

    static Secret random() {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        return new Secret(key, true);
    }

    /** @return a copy of the key */
    public byte[] key() {
        return key.clone();
    }

    /** @return whether the key was made at start because none was configured */
    public boolean isGenerated() {
        return generated;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && Arrays.equals(key, s.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return generated ? "Secret[generated at start]" : "Secret[configured, " + key.length + " bytes]";
    }
}

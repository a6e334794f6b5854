package io.github.cdilogin.internal.session;

import io.github.cdilogin.LoginUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The short hash of a user's {@link LoginUser#getAuthStamp() auth stamp} that a session and a remember
 * series keep (Django's session auth hash): never the stamp itself, which may be a password hash.
 * Unkeyed SHA-256, so that every member of a cluster and every restart computes the same hash whatever
 * the remember secret; 128 bits of it are kept (22 characters).
 */
public final class AuthStamps {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int KEPT_BYTES = 16;
    /** Cloned for each use: a clone costs a fraction of {@code MessageDigest.getInstance}'s provider look-up. */
    private static final MessageDigest SHA_256 = sha256();

    private AuthStamps() {
    }

    /**
     * @param user a user
     * @return the hash of its stamp, or {@code null} when it has none
     */
    public static String of(LoginUser user) {
        String stamp = user.getAuthStamp();
        if (stamp == null) {
            return null;
        }
        byte[] digest = digest().digest(stamp.getBytes(StandardCharsets.UTF_8));
        byte[] kept = new byte[KEPT_BYTES];
        System.arraycopy(digest, 0, kept, 0, KEPT_BYTES);
        return ENCODER.encodeToString(kept);
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cdi-login: SHA-256 is not available", e);
        }
    }

    /**
     * Whether a login made with stamp hash {@code kept} still belongs to {@code user}. A login that kept
     * none (made before the application gave stamps, or by a store that does not keep them) is not checked.
     *
     * @param kept the hash kept at login, or {@code null}
     * @param user the user as loaded now
     * @return {@code false} when the stamp changed since: the login must end
     */
    public static boolean stillValid(String kept, LoginUser user) {
        if (kept == null) {
            return true;
        }
        String now = of(user);
        return now != null && MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII),
                now.getBytes(StandardCharsets.US_ASCII));
    }
}

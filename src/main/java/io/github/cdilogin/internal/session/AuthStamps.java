package io.github.cdilogin.internal.session;

import io.github.cdilogin.LoginUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The short hash of a user's {@link LoginUser#getAuthStamp() auth stamp} that a session and a remember
 * series keep (Django's session auth hash): never the stamp itself, which may be a password hash.
 * Unkeyed SHA-256, so that every member of a cluster and every restart computes the same hash whatever
 * the remember secret; 128 bits of it are kept (22 characters).
 */
public final class AuthStamps {

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
        return Sha256.shortHash(stamp);
    }

    /**
     * @param value a value to keep only the hash of (a stamp, or a session id in the logout record)
     * @return 128 bits of its SHA-256, 22 characters of base64url
     */
    static String hash(String value) {
        return Sha256.shortHash(value);
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

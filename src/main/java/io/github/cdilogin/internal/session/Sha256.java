package io.github.cdilogin.internal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The short, unkeyed SHA-256 hashes the session keeps: the client identifier and the auth stamp's hash.
 * Each thread keeps one digest, a clone of one made at start: {@code MessageDigest.getInstance} looks
 * the provider up and creates the implementation reflectively at every call, and that digest was a third
 * of what a session request allocated (BENCHMARKS.md, "The whole request path per kind"). The
 * thread-local holds only a JDK object, so an undeployed application leaves no class of its own behind
 * in the container's threads; a thread that serves one request (a virtual thread) pays one clone.
 */
final class Sha256 {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** 128 bits, 22 characters. */
    private static final int KEPT_BYTES = 16;
    /** Never updated, only cloned: concurrent clones only read it. */
    private static final MessageDigest PROTOTYPE = newDigest();
    /** A digest is reset by each {@code digest()}, and nothing here calls back into a hash while it runs. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::cloneOfPrototype);

    private Sha256() {
    }

    /**
     * @param text any text
     * @return the first 128 bits of the SHA-256 of its UTF-8 bytes, in base64url without padding
     */
    static String shortHash(String text) {
        byte[] digest = DIGESTS.get().digest(text.getBytes(StandardCharsets.UTF_8));
        byte[] kept = new byte[KEPT_BYTES];
        System.arraycopy(digest, 0, kept, 0, KEPT_BYTES);
        return ENCODER.encodeToString(kept);
    }

    private static MessageDigest cloneOfPrototype() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return newDigest();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cdi-login: SHA-256 is not available", e);
        }
    }
}

package io.github.cdilogin.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What the server keeps of one "remember me" series: never the cookie's secret part, only its hash.
 *
 * <p>The cookie carries a random series id and a random validator. The store keeps, per series, the
 * user id, the expiry and an HMAC of the validator. Each use of the cookie rotates the validator; the
 * one it replaced ({@code previousValidatorHash}) stays valid until the new one has been presented
 * once (for a few seconds after {@code rotatedAt} as it is, for parallel requests; after that it is
 * rotated again, since its browser never received the new value), and is treated as stolen once the
 * series has moved past it.
 * <pre>{@code
 * RememberToken token = store.find(series).orElseThrow();
 * boolean expired = token.expiresAt().isBefore(Instant.now());
 * }</pre>
 *
 * @param series the random id in the cookie; the store's key
 * @param userId what {@code LoginUser.getId()} returned at login
 * @param validatorHash base64url HMAC-SHA256 of the current validator
 * @param previousValidatorHash the hash it replaced at the last rotation, or {@code null}
 * @param rotatedAt when the validator last rotated (the series' creation at first)
 * @param expiresAt when the series stops logging anyone in, whatever the browser does
 * @param stampHash the hash of the user's {@link io.github.cdilogin.LoginUser#getAuthStamp() auth stamp} when
 *        the series was issued, or {@code null}; a store should keep it (a store that does not leaves the series
 *        unchecked against the stamp, as series issued before stamps existed are)
 * @param createdAt when the series was issued (the login with "remember me"), or {@code null} when the store
 *        does not keep it; shown to the user as the device's first login
 * @param agent a short summary of the browser that logged in (for example {@code "Firefox on Linux"}), never
 *        the raw User-Agent or an address, or {@code null}; shown to the user to tell devices apart
 */
public record RememberToken(String series, String userId, String validatorHash, String previousValidatorHash,
                            Instant rotatedAt, Instant expiresAt, String stampHash, Instant createdAt, String agent) {

    /**
     * A series without an auth stamp: what stores written before stamps existed build.
     *
     * @param series the random id in the cookie
     * @param userId whose series it is
     * @param validatorHash the current validator's hash
     * @param previousValidatorHash the hash it replaced, or {@code null}
     * @param rotatedAt when the validator last rotated
     * @param expiresAt when the series ends
     */
    public RememberToken(String series, String userId, String validatorHash, String previousValidatorHash,
                         Instant rotatedAt, Instant expiresAt) {
        this(series, userId, validatorHash, previousValidatorHash, rotatedAt, expiresAt, null);
    }

    /**
     * A series without what the device list shows: what stores written before devices existed build.
     *
     * @param series the random id in the cookie
     * @param userId whose series it is
     * @param validatorHash the current validator's hash
     * @param previousValidatorHash the hash it replaced, or {@code null}
     * @param rotatedAt when the validator last rotated
     * @param expiresAt when the series ends
     * @param stampHash the hash of the user's auth stamp at issue, or {@code null}
     */
    public RememberToken(String series, String userId, String validatorHash, String previousValidatorHash,
                         Instant rotatedAt, Instant expiresAt, String stampHash) {
        this(series, userId, validatorHash, previousValidatorHash, rotatedAt, expiresAt, stampHash, null, null);
    }

    /**
     * Checks that every part but {@code previousValidatorHash} is there.
     *
     * @param series the random id in the cookie
     * @param userId whose series it is
     * @param validatorHash the current validator's hash
     * @param previousValidatorHash the hash it replaced, or {@code null}
     * @param rotatedAt when the validator last rotated
     * @param expiresAt when the series ends
     * @param stampHash the hash of the user's auth stamp at issue, or {@code null}
     * @param createdAt when the series was issued, or {@code null}
     * @param agent a short summary of the browser, or {@code null}
     */
    public RememberToken {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(validatorHash, "validatorHash");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * The same series after a rotation: everything but the validators and the time of rotation stays.
     *
     * @param nextValidatorHash the new current validator's hash
     * @param nextPreviousHash the hash that stays valid until the new one is presented, or {@code null}
     * @param at when the rotation happened
     * @return the rotated series
     */
    public RememberToken rotated(String nextValidatorHash, String nextPreviousHash, Instant at) {
        return new RememberToken(series, userId, nextValidatorHash, nextPreviousHash, at, expiresAt, stampHash,
                createdAt, agent);
    }

    /**
     * @param nextExpiry when the series is to end now
     * @return the same series with another expiry
     */
    public RememberToken expiringAt(Instant nextExpiry) {
        return new RememberToken(series, userId, validatorHash, previousValidatorHash, rotatedAt, nextExpiry,
                stampHash, createdAt, agent);
    }
}

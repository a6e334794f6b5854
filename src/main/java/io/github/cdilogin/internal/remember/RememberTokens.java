package io.github.cdilogin.internal.remember;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The remember-me token rules, apart from HTTP: a cookie value is {@code series:validator}, two random
 * 128- and 256-bit values; the store keeps an HMAC of the validator under the series. Using a value
 * rotates its validator. The one just replaced is still accepted for a grace period (requests in
 * parallel); after that, its return means the cookie was copied, and the whole series is revoked.
 * Any other validator for a live series is taken the same way: the series id is as secret as the
 * validator, so whoever presents it holds a copy of the cookie (Miller's persistent-login rule; a
 * validator rotated away twice by a thief must not leave the thief the series).
 */
public final class RememberTokens {

    private static final int SERIES_BYTES = 16;
    private static final int VALIDATOR_BYTES = 32;
    private static final int SERIES_CHARS = 22;
    private static final int VALIDATOR_CHARS = 43;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final RememberTokenStore store;
    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param store where series live
     * @param secret the HMAC key
     * @param clock the time, for expiry and the grace period
     * @param grace how long a rotated-away validator is still accepted
     */
    public RememberTokens(RememberTokenStore store, byte[] secret, Clock clock, Duration grace) {
        this.store = store;
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
        this.grace = grace;
    }

    /** What using a cookie value came to. */
    public sealed interface Outcome {
    }

    /** Not a value of ours, unknown, expired or revoked: the request stays anonymous. */
    public record Rejected() implements Outcome {
    }

    /**
     * A validator replaced longer ago than the grace period came back: the series is revoked.
     *
     * @param userId whose series it was
     */
    public record Replayed(String userId) implements Outcome {
    }

    /**
     * The value logs {@code userId} in.
     *
     * @param userId who
     * @param series the series, for the session to remember
     * @param nextValue the rotated value to send back, or {@code null} when a parallel request already rotated it
     * @param expiresAt when the series ends
     * @param stampHash the hash of the user's auth stamp the series was issued with, or {@code null}
     */
    public record Accepted(String userId, String series, String nextValue, Instant expiresAt, String stampHash)
            implements Outcome {

        /**
         * @param userId who
         * @param series the series
         * @param nextValue the rotated value, or {@code null}
         * @param expiresAt when the series ends
         */
        public Accepted(String userId, String series, String nextValue, Instant expiresAt) {
            this(userId, series, nextValue, expiresAt, null);
        }
    }

    /**
     * A new series, and the value of its cookie.
     *
     * @param series the series id
     * @param value the cookie value
     * @param expiresAt when it ends
     */
    public record Issued(String series, String value, Instant expiresAt) {
    }

    /**
     * @param userId who is to be remembered
     * @param duration for how long
     * @return the new series and its cookie value
     */
    public Issued issue(String userId, Duration duration) {
        return issue(userId, duration, null);
    }

    /**
     * @param userId who is to be remembered
     * @param duration for how long
     * @param stampHash the hash of the user's auth stamp now, or {@code null}
     * @return the new series and its cookie value
     */
    public Issued issue(String userId, Duration duration, String stampHash) {
        String series = randomText(SERIES_BYTES);
        String validator = randomText(VALIDATOR_BYTES);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(duration);
        store.create(new RememberToken(series, userId, hash(series, validator), null, now, expiresAt, stampHash));
        return new Issued(series, series + ":" + validator, expiresAt);
    }

    /**
     * Checks a cookie value and rotates it.
     *
     * @param value the cookie's value, as the client sent it
     * @return what it comes to
     */
    public Outcome use(String value) {
        String[] parts = parse(value);
        if (parts == null) {
            return new Rejected();
        }
        String series = parts[0];
        String presented = hash(series, parts[1]);
        for (int attempt = 0; attempt < 3; attempt++) {
            RememberToken token = store.find(series).orElse(null);
            if (token == null) {
                return new Rejected();
            }
            Instant now = clock.instant();
            if (!now.isBefore(token.expiresAt())) {
                store.delete(series);
                return new Rejected();
            }
            if (matches(presented, token.validatorHash())) {
                String validator = randomText(VALIDATOR_BYTES);
                RememberToken rotated = new RememberToken(series, token.userId(), hash(series, validator),
                        token.validatorHash(), now, token.expiresAt(), token.stampHash());
                if (store.replace(token, rotated)) {
                    return new Accepted(token.userId(), series, series + ":" + validator, token.expiresAt(),
                            token.stampHash());
                }
                continue; // a parallel request rotated it first: look again
            }
            if (token.previousValidatorHash() != null && matches(presented, token.previousValidatorHash())
                    && !now.isAfter(token.rotatedAt().plus(grace))) {
                return new Accepted(token.userId(), series, null, token.expiresAt(), token.stampHash());
            }
            // Any other validator for a live series means two copies of the cookie exist (the series id
            // is as secret as the validator): end the series, so that neither copy works any more.
            store.delete(series);
            return new Replayed(token.userId());
        }
        return new Rejected();
    }

    /**
     * Moves the expiry of the value's series, without rotating it ({@code REMEMBER_COOKIE_REFRESH_EACH_REQUEST}).
     *
     * @param value the cookie's value, as the client sent it
     * @param duration the new lifetime, from now
     * @return the new expiry, or {@code null} when the value is not the series' current one
     */
    public Instant extend(String value, Duration duration) {
        String[] parts = parse(value);
        RememberToken token = parts == null ? null : store.find(parts[0]).orElse(null);
        Instant now = clock.instant();
        if (token == null || !now.isBefore(token.expiresAt()) || !matches(hash(parts[0], parts[1]), token.validatorHash())) {
            return null;
        }
        Instant expiresAt = now.plus(duration);
        RememberToken extended = new RememberToken(token.series(), token.userId(), token.validatorHash(),
                token.previousValidatorHash(), token.rotatedAt(), expiresAt, token.stampHash());
        return store.replace(token, extended) ? expiresAt : null;
    }

    /**
     * @param value a cookie value
     * @return its series, when it is well formed
     */
    public Optional<String> seriesOf(String value) {
        String[] parts = parse(value);
        return parts == null ? Optional.empty() : Optional.of(parts[0]);
    }

    /**
     * Whether a series still logs anyone in: one store read, for a session that came from it.
     *
     * @param series a series id
     * @return when it ends, or {@code null} when it was revoked, replayed or has expired
     */
    public Instant liveUntil(String series) {
        RememberToken token = store.find(series).orElse(null);
        return token == null || !clock.instant().isBefore(token.expiresAt()) ? null : token.expiresAt();
    }

    /** @param series a series to revoke */
    public void revoke(String series) {
        store.delete(series);
    }

    /** @param userId a user whose every series is to be revoked */
    public void revokeAll(String userId) {
        store.deleteAllFor(userId);
    }

    /** Well formed: {@code series:validator}, each of the exact length, base64url only. */
    private static String[] parse(String value) {
        if (value == null || value.length() != SERIES_CHARS + 1 + VALIDATOR_CHARS
                || value.charAt(SERIES_CHARS) != ':') {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url && i != SERIES_CHARS) {
                return null;
            }
        }
        return new String[] {value.substring(0, SERIES_CHARS), value.substring(SERIES_CHARS + 1)};
    }

    private String hash(String series, String validator) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(series.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            return ENCODER.encodeToString(mac.doFinal(validator.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cdi-login: HmacSHA256 is not available", e);
        }
    }

    private static boolean matches(String presented, String stored) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return ENCODER.encodeToString(value);
    }
}

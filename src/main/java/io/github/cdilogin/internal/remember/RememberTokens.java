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
 * The remember-me token rules, apart from HTTP: a cookie value is {@code keyId.series:validator}: the
 * id of the secret it was made under, then two random 128- and 256-bit values; the store keeps an HMAC
 * of the validator under the series. A value made under another secret (another member's, the random
 * one of an earlier start, a rotated one) or before key ids existed is refused without touching the
 * store: it says nothing about theft.
 *
 * <p>Using the current validator rotates it; the one it replaced (the previous) stays valid until the
 * new one has been presented once, since until then the browser may never have received it (a dropped
 * response, a closed tab: Spring Security's complaint in spring-security #2648, #3079, #6605). Within
 * the grace period the previous value passes as it is (requests in parallel, whose browser will keep
 * the new value one of them carries); after it, the previous value is rotated again, to a new current
 * value, while the previous stays the last one known to be held. Any other validator for a live series
 * means two holders of the cookie: one of them presented a value the other had already moved past
 * (Miller's persistent-login rule; the series id is as secret as the validator). The whole series is
 * revoked. So two copies can never both go on: the first use by one of a value the other rotated
 * away ends the series.
 */
public final class RememberTokens {

    private static final int SERIES_BYTES = 16;
    private static final int VALIDATOR_BYTES = 32;
    private static final int SERIES_CHARS = 22;
    private static final int VALIDATOR_CHARS = 43;
    private static final int KEY_ID_CHARS = 8;
    /** A value from before key ids: {@code series:validator}. */
    private static final int UNKEYED_CHARS = SERIES_CHARS + 1 + VALIDATOR_CHARS;
    private static final int KEYED_CHARS = KEY_ID_CHARS + 1 + UNKEYED_CHARS;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final RememberTokenStore store;
    private final SecretKeySpec key;
    private final String keyId;
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
        this.keyId = keyIdOf(key);
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
     * A value made under another secret, or before values carried a key id: refused, and nothing else
     * happens (no revocation, no replay), since it is no sign of theft.
     *
     * @param keyId the value's key id, or {@code null} for a value from before key ids
     */
    public record OtherKey(String keyId) implements Outcome {
    }

    /**
     * A validator other than the current and the previous one came back for a live series: the series
     * is revoked.
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
        store.create(new RememberToken(series, userId, hash(series, validator), null, now, expiresAt, stampHash, now, null));
        return new Issued(series, valueOf(series, validator), expiresAt);
    }

    /**
     * Checks a cookie value and rotates it.
     *
     * @param value the cookie's value, as the client sent it
     * @return what it comes to
     */
    public Outcome use(String value) {
        Parsed parsed = parse(value);
        if (parsed == null) {
            return new Rejected();
        }
        if (!keyId.equals(parsed.keyId())) {
            return new OtherKey(parsed.keyId());
        }
        String series = parsed.series();
        String presented = hash(series, parsed.validator());
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
            String next;
            if (matches(presented, token.validatorHash())) {
                next = token.validatorHash(); // presented once: it becomes the previous value
            } else if (token.previousValidatorHash() != null && matches(presented, token.previousValidatorHash())) {
                if (!now.isAfter(token.rotatedAt().plus(grace))) {
                    return new Accepted(token.userId(), series, null, token.expiresAt(), token.stampHash());
                }
                // The current value was never presented: its response was lost. Rotate again from the
                // value the browser is known to hold, which stays the previous one.
                next = token.previousValidatorHash();
            } else {
                // A value older than the previous one, or a wrong one, for a live series: two copies of
                // the cookie exist. End the series, so that neither copy works any more.
                store.delete(series);
                return new Replayed(token.userId());
            }
            String validator = randomText(VALIDATOR_BYTES);
            RememberToken rotated = token.rotated(hash(series, validator), next, now);
            if (store.replace(token, rotated)) {
                return new Accepted(token.userId(), series, valueOf(series, validator), token.expiresAt(),
                        token.stampHash());
            }
            // a parallel request rotated it first: look again
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
        Parsed parsed = parse(value);
        if (parsed == null || !keyId.equals(parsed.keyId())) {
            return null;
        }
        RememberToken token = store.find(parsed.series()).orElse(null);
        Instant now = clock.instant();
        if (token == null || !now.isBefore(token.expiresAt())
                || !matches(hash(parsed.series(), parsed.validator()), token.validatorHash())) {
            return null;
        }
        Instant expiresAt = now.plus(duration);
        return store.replace(token, token.expiringAt(expiresAt)) ? expiresAt : null;
    }

    /**
     * @param value a cookie value
     * @return its series, when it is well formed, under any key id or none (a logout ends it whatever
     *         secret it was made under)
     */
    public Optional<String> seriesOf(String value) {
        Parsed parsed = parse(value);
        return parsed == null ? Optional.empty() : Optional.of(parsed.series());
    }

    /** @return the id of this secret, which every value made under it carries */
    public String keyId() {
        return keyId;
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

    /** A well-formed value's parts; {@code keyId} is {@code null} for a value from before key ids. */
    private record Parsed(String keyId, String series, String validator) {
    }

    /**
     * Well formed: {@code keyId.series:validator}, or {@code series:validator} from before key ids (the
     * one place that still reads that form), each part of its exact length, base64url only.
     */
    private static Parsed parse(String value) {
        if (value == null) {
            return null;
        }
        int start;
        if (value.length() == KEYED_CHARS && value.charAt(KEY_ID_CHARS) == '.') {
            start = KEY_ID_CHARS + 1;
        } else if (value.length() == UNKEYED_CHARS) {
            start = 0;
        } else {
            return null;
        }
        int separator = start + SERIES_CHARS;
        if (value.charAt(separator) != ':') {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url && i != separator && i != start - 1) {
                return null;
            }
        }
        return new Parsed(start == 0 ? null : value.substring(0, KEY_ID_CHARS), value.substring(start, separator),
                value.substring(separator + 1));
    }

    private String valueOf(String series, String validator) {
        return keyId + '.' + series + ':' + validator;
    }

    /**
     * A one-way, public name of the secret: the start of an HMAC under it of a fixed label. It tells
     * members apart, and reveals nothing a guess at a random 32-byte secret could use.
     */
    private static String keyIdOf(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] id = mac.doFinal("cdi-login remember key id".getBytes(StandardCharsets.US_ASCII));
            return ENCODER.encodeToString(id).substring(0, KEY_ID_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cdi-login: HmacSHA256 is not available", e);
        }
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

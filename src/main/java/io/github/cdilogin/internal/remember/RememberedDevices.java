package io.github.cdilogin.internal.remember;

import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A user's remembered devices, apart from HTTP: their live series as {@link RememberedDevice}s, and the
 * series behind a device id. The id shown for a device is never its series (which is as secret as the
 * validator: with it, only the validator stands between a guess and a login), but an HMAC of it under
 * the secret, truncated to 128 bits: one-way, stable while the series lives, and the same on every
 * member that shares the secret.
 */
final class RememberedDevices {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int ID_BYTES = 16;
    private static final int ID_CHARS = 22;
    /** Keeps these HMACs apart from the validators' ({@code series:validator}) under the same key. */
    private static final byte[] LABEL = "cdi-login device id\0".getBytes(StandardCharsets.US_ASCII);
    private static final Comparator<RememberedDevice> NEWEST_FIRST =
            Comparator.comparing(RememberedDevice::createdAt).thenComparing(RememberedDevice::lastUsed).reversed();

    private final RememberTokenStore store;
    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * @param store where series live
     * @param secret the HMAC key (the remember tokens' own)
     * @param clock what decides which series are still live
     */
    RememberedDevices(RememberTokenStore store, byte[] secret, Clock clock) {
        this.store = store;
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /**
     * @param userId whose devices
     * @param currentSeries the series of this request's login, or {@code null}
     * @return the user's live series, newest first
     */
    List<RememberedDevice> of(String userId, String currentSeries) {
        List<RememberedDevice> devices = new ArrayList<>();
        for (RememberToken token : live(userId)) {
            Instant created = token.createdAt() != null ? token.createdAt() : token.rotatedAt();
            String agent = token.agent() != null && !token.agent().isEmpty() ? token.agent() : UserAgents.UNKNOWN;
            devices.add(new RememberedDevice(idOf(token.series()), token.series().equals(currentSeries), created,
                    token.rotatedAt(), agent));
        }
        devices.sort(NEWEST_FIRST);
        return devices;
    }

    /**
     * @param userId whose device
     * @param deviceId an id from {@link #of}, as a client sent it (anything)
     * @return the series of that device, when it is one of the user's live series
     */
    Optional<String> seriesOf(String userId, String deviceId) {
        if (!isWellFormed(deviceId)) {
            return Optional.empty();
        }
        byte[] wanted = deviceId.getBytes(StandardCharsets.US_ASCII);
        for (RememberToken token : live(userId)) {
            if (MessageDigest.isEqual(wanted, idOf(token.series()).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(token.series());
            }
        }
        return Optional.empty();
    }

    private List<RememberToken> live(String userId) {
        Instant now = clock.instant();
        List<RememberToken> live = new ArrayList<>();
        for (RememberToken token : store.findAllFor(userId)) {
            // A store that lists by a user id column may be case-insensitive: only exact owners count.
            if (token.userId().equals(userId) && now.isBefore(token.expiresAt())) {
                live.add(token);
            }
        }
        return live;
    }

    /** @return the public id of a series */
    String idOf(String series) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(LABEL);
            byte[] id = mac.doFinal(series.getBytes(StandardCharsets.US_ASCII));
            byte[] kept = new byte[ID_BYTES];
            System.arraycopy(id, 0, kept, 0, ID_BYTES);
            return ENCODER.encodeToString(kept);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cdi-login: HmacSHA256 is not available", e);
        }
    }

    /** 22 base64url characters: anything else is no id of ours, and is refused before any store read. */
    private static boolean isWellFormed(String id) {
        if (id == null || id.length() != ID_CHARS) {
            return false;
        }
        for (int i = 0; i < ID_CHARS; i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

package io.github.cdilogin;

import java.time.Instant;
import java.util.Objects;

/**
 * One browser where the current user logged in with "remember me" and is still remembered: one live
 * remember series, as {@link LoginManager#devices()} lists them for a "Your devices" page. Flask-Login
 * has no device list (its cookies cannot be revoked); the model is Django's and GitHub's "sessions" page.
 * <pre>{@code
 * for (RememberedDevice device : loginManager.devices()) {
 *     out.println(device.agent() + (device.current() ? " (this device)" : "") + ", last used " + device.lastUsed());
 * }
 * loginManager.revokeDevice(request.getParameter("device"));   // its "log out" button
 * }</pre>
 *
 * <p>What is kept of a device is no more than this: no address, and not the raw {@code User-Agent}.
 *
 * @param id a public name of the device, for a "log out" button: derived one-way from the series (an HMAC
 *        under {@code cdi-login.secret}), so that a page showing it reveals nothing a cookie could be made
 *        from; stable while the series lives
 * @param current whether this request's login came with this device's series (its remember cookie, or the
 *        session that cookie's login or restore started)
 * @param createdAt when the device logged in with "remember me"; for a series kept by a store that does not
 *        record it ({@link io.github.cdilogin.spi.RememberToken#createdAt()} {@code null}), its last use
 * @param lastUsed when its remember cookie last logged it in (or was issued)
 * @param agent a short summary of its browser, such as {@code "Firefox on Linux"} or {@code "curl"}, from a
 *        fixed vocabulary; {@code "Unknown browser"} when nothing in the header was recognised
 */
public record RememberedDevice(String id, boolean current, Instant createdAt, Instant lastUsed, String agent) {

    /**
     * Checks that every part is there.
     *
     * @param id the public id
     * @param current whether it is this request's device
     * @param createdAt when it logged in with "remember me"
     * @param lastUsed when its cookie last logged it in
     * @param agent the browser's summary
     */
    public RememberedDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsed, "lastUsed");
        Objects.requireNonNull(agent, "agent");
    }
}

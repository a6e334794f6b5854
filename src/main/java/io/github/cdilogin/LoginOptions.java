package io.github.cdilogin;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link LoginManager#login(LoginUser, LoginOptions)} logs a user in: the keyword arguments of
 * Flask-Login's {@code login_user(user, remember=False, duration=None, force=False, fresh=True)}.
 *
 * <p>Immutable; each method returns a new value:
 * <pre>{@code
 * loginManager.login(user, LoginOptions.DEFAULT.remember());
 * loginManager.login(user, LoginOptions.DEFAULT.remember(Duration.ofDays(30)));
 * loginManager.login(user, LoginOptions.DEFAULT.force().notFresh());
 * }</pre>
 */
public final class LoginOptions {

    /** Not remembered, the configured duration, not forced, fresh: {@code login_user(user)}. */
    public static final LoginOptions DEFAULT = new LoginOptions(false, null, false, true);

    private final boolean remember;
    private final Duration duration;
    private final boolean force;
    private final boolean fresh;

    private LoginOptions(boolean remember, Duration duration, boolean force, boolean fresh) {
        this.remember = remember;
        this.duration = duration;
        this.force = force;
        this.fresh = fresh;
    }

    /**
     * Also set the "remember me" cookie, for the configured duration
     * ({@code cdi-login.remember-cookie.duration}).
     *
     * @return these options with remember on
     */
    public LoginOptions remember() {
        return new LoginOptions(true, duration, force, fresh);
    }

    /**
     * Also set the "remember me" cookie, for this duration instead of the configured one.
     *
     * @param duration how long the cookie logs the user in again; positive
     * @return these options with remember on for {@code duration}
     */
    public LoginOptions remember(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A remember duration must be positive, not " + duration);
        }
        return new LoginOptions(true, duration, force, fresh);
    }

    /**
     * Log the user in even when {@link LoginUser#isActive()} is {@code false}.
     *
     * @return these options with force on
     */
    public LoginOptions force() {
        return new LoginOptions(remember, duration, true, fresh);
    }

    /**
     * Log the user in as not fresh, as if restored from the remember cookie.
     *
     * @return these options with fresh off
     */
    public LoginOptions notFresh() {
        return new LoginOptions(remember, duration, force, false);
    }

    /** @return whether the remember cookie is set; {@code false} by default */
    public boolean isRemember() {
        return remember;
    }

    /** @return the per-login remember duration; empty means the configured one */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** @return whether an inactive user is logged in too; {@code false} by default */
    public boolean isForce() {
        return force;
    }

    /** @return whether the login starts fresh; {@code true} by default */
    public boolean isFresh() {
        return fresh;
    }

    @Override
    public String toString() {
        return "LoginOptions[remember=" + remember + ", duration=" + duration + ", force=" + force
                + ", fresh=" + fresh + "]";
    }
}

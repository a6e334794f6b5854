package io.github.cdilogin.internal.config;

import io.github.cdilogin.SessionProtection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every setting of the library, read and validated once at deployment by {@link SettingsReader}.
 * The README's settings table lists the same keys and defaults.
 *
 * @param loginView where anonymous users are sent ({@code login_view}); {@code null}: answer 401
 * @param refreshView where stale logins are sent ({@code refresh_view}); {@code null}: answer 401
 * @param loginRequiredPaths servlet path prefixes guarded like {@code @LoginRequired}
 * @param freshLoginRequiredPaths servlet path prefixes guarded like {@code @FreshLoginRequired}
 * @param exemptMethods HTTP methods no guard refuses ({@code EXEMPT_METHODS})
 * @param sessionProtection {@code SESSION_PROTECTION}
 * @param rememberDuration how long a remember cookie lasts ({@code REMEMBER_COOKIE_DURATION})
 * @param wwwAuthenticate the challenge sent with every 401
 */
public record LoginSettings(
        String loginView,
        String refreshView,
        List<String> loginRequiredPaths,
        List<String> freshLoginRequiredPaths,
        Set<String> exemptMethods,
        SessionProtection sessionProtection,
        Duration rememberDuration,
        String wwwAuthenticate) {

    /** The servlet context attribute under which the settings read at start are kept. */
    public static final String ATTRIBUTE = LoginSettings.class.getName();

    /** Keys, one constant each, with the default beside it. */
    public static final String PREFIX = "cdi-login.";
    public static final String LOGIN_VIEW = PREFIX + "login-view";
    public static final String REFRESH_VIEW = PREFIX + "refresh-view";
    public static final String LOGIN_REQUIRED_PATHS = PREFIX + "login-required-paths";
    public static final String FRESH_LOGIN_REQUIRED_PATHS = PREFIX + "fresh-login-required-paths";
    public static final String EXEMPT_METHODS = PREFIX + "exempt-methods";
    public static final String EXEMPT_METHODS_DEFAULT = "OPTIONS";
    public static final String SESSION_PROTECTION = PREFIX + "session-protection";
    public static final String SESSION_PROTECTION_DEFAULT = "basic";
    public static final String REMEMBER_DURATION = PREFIX + "remember-cookie.duration";
    public static final String REMEMBER_DURATION_DEFAULT = "P365D";
    public static final String WWW_AUTHENTICATE = PREFIX + "www-authenticate";
    public static final String WWW_AUTHENTICATE_DEFAULT = "Session realm=\"cdi-login\"";

    public LoginSettings {
        loginRequiredPaths = List.copyOf(loginRequiredPaths);
        freshLoginRequiredPaths = List.copyOf(freshLoginRequiredPaths);
        exemptMethods = Set.copyOf(exemptMethods);
    }

    /** @return the settings when nothing is configured */
    public static LoginSettings defaults() {
        return SettingsReader.read(key -> null);
    }

    /**
     * @param method an HTTP method
     * @return whether the guards let it pass without a login
     */
    public boolean isExempt(String method) {
        return method != null && exemptMethods.contains(method.toUpperCase(Locale.ROOT));
    }
}

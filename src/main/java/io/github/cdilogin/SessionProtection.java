package io.github.cdilogin;

/**
 * What happens when a login is used from another client than the one it was made on: Flask-Login's
 * {@code SESSION_PROTECTION}, setting {@code cdi-login.session-protection}.
 *
 * <pre>{@code
 * CDI_LOGIN_SESSION_PROTECTION=strong   # or the setting cdi-login.session-protection=strong
 * }</pre>
 * The client is known by a hash of the remote address and the {@code User-Agent}.
 */
public enum SessionProtection {
    /** No check. */
    NONE,
    /** A mismatch keeps the login but makes it not fresh. The default. */
    BASIC,
    /** A mismatch drops the login for this request, its session keys and its remember series. */
    STRONG
}

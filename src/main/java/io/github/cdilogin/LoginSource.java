package io.github.cdilogin;

/**
 * Where the current request's user came from; see {@link LoginManager#source()}.
 *
 * <pre>{@code
 * if (loginManager.source() == LoginSource.REQUEST) { ... } // an API token, not a session
 * }</pre>
 */
public enum LoginSource {
    /** Nobody is logged in: the current user is the anonymous user. */
    NONE,
    /** The session holds the login (made by {@code login} in this or an earlier request). */
    SESSION,
    /** The remember cookie logged the user in again during this request. */
    COOKIE,
    /** The {@link io.github.cdilogin.spi.RequestLoader} found the user in the request; nothing is stored. */
    REQUEST;

    /** @return the lower-case name, as APIs usually show it: {@code none}, {@code session}, {@code cookie}, {@code request} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

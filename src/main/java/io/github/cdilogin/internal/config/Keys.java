package io.github.cdilogin.internal.config;

/** Every setting's key, with its default beside it; the README's settings table is the same list. */
public final class Keys {

    public static final String PREFIX = "cdi-login.";

    public static final String LOGIN_REQUIRED_PATHS = PREFIX + "login-required-paths";
    public static final String FRESH_LOGIN_REQUIRED_PATHS = PREFIX + "fresh-login-required-paths";
    public static final String EXEMPT_METHODS = PREFIX + "exempt-methods";
    public static final String EXEMPT_METHODS_DEFAULT = "OPTIONS";
    public static final String WWW_AUTHENTICATE = PREFIX + "www-authenticate";
    public static final String WWW_AUTHENTICATE_DEFAULT = "Session realm=\"cdi-login\"";

    public static final String LOGIN_VIEW = PREFIX + "login-view";
    public static final String LOGIN_VIEWS = PREFIX + "login-views";
    public static final String REFRESH_VIEW = PREFIX + "refresh-view";
    public static final String USE_SESSION_FOR_NEXT = PREFIX + "use-session-for-next";
    public static final String REDIRECT_HOST = PREFIX + "redirect-host";
    public static final String LOGIN_MESSAGE = PREFIX + "login-message";
    public static final String LOGIN_MESSAGE_DEFAULT = "Please log in to access this page.";
    public static final String REFRESH_MESSAGE = PREFIX + "refresh-message";
    public static final String REFRESH_MESSAGE_DEFAULT = "Please reauthenticate to access this page.";
    public static final String MESSAGE_BUNDLE = PREFIX + "message-bundle";

    public static final String SESSION_PROTECTION = PREFIX + "session-protection";
    public static final String SESSION_PROTECTION_DEFAULT = "basic";
    public static final String TRUSTED_PROXIES = PREFIX + "trusted-proxies";

    public static final String CROSS_ORIGIN_PROTECTION = PREFIX + "cross-origin-protection";
    public static final String CROSS_ORIGIN_PROTECTION_DEFAULT = "login";
    public static final String TRUSTED_ORIGINS = PREFIX + "trusted-origins";

    public static final String REMEMBER_NAME = PREFIX + "remember-cookie.name";
    public static final String REMEMBER_NAME_DEFAULT = "remember_token";
    public static final String REMEMBER_DURATION = PREFIX + "remember-cookie.duration";
    public static final String REMEMBER_DURATION_DEFAULT = "P365D";
    public static final String REMEMBER_DOMAIN = PREFIX + "remember-cookie.domain";
    public static final String REMEMBER_PATH = PREFIX + "remember-cookie.path";
    public static final String REMEMBER_SECURE = PREFIX + "remember-cookie.secure";
    public static final String REMEMBER_SECURE_DEFAULT = "auto";
    public static final String REMEMBER_HTTP_ONLY = PREFIX + "remember-cookie.http-only";
    public static final String REMEMBER_SAME_SITE = PREFIX + "remember-cookie.same-site";
    public static final String REMEMBER_SAME_SITE_DEFAULT = "Lax";
    public static final String REMEMBER_REFRESH = PREFIX + "remember-cookie.refresh-each-request";
    public static final String REMEMBER_GRACE = PREFIX + "remember-cookie.rotation-grace";
    public static final String REMEMBER_GRACE_DEFAULT = "PT10S";
    public static final String REMEMBER_STORE = PREFIX + "remember-store";
    public static final String REMEMBER_STORE_DEFAULT = "auto";
    public static final String REMEMBER_DATASOURCE = PREFIX + "remember-store.datasource";
    public static final String REMEMBER_DATASOURCE_DEFAULT = "java:comp/DefaultDataSource";

    public static final String SECRET = PREFIX + "secret";
    public static final String SECRET_FILE = PREFIX + "secret-file";

    private Keys() {
    }
}

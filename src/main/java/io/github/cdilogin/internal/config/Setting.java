package io.github.cdilogin.internal.config;

import java.util.HashMap;
import java.util.Map;

/**
 * Every setting of the library: its key, its default and what it means, in one place. The README's
 * settings table is this list ({@code SettingsTableTest} compares them both ways), and
 * {@link SettingsReader} takes each default from here.
 *
 * <p>A default is either a value, read exactly as if it had been set ({@code P365D}), or, for a
 * setting that is off until set, the words the README shows for "unset" ({@code none (401)}).
 */
public enum Setting {

    LOGIN_VIEW("login-view", Default.unset("none (401)"),
            "where anonymous page requests are sent, with `next`"),
    LOGIN_VIEWS("login-views", Default.unset("none"),
            "per path prefix: `/admin=/admin/login,/shop=/shop/login` (longest prefix wins)"),
    REFRESH_VIEW("refresh-view", Default.unset("none (401)"),
            "where stale logins of `@FreshLoginRequired` pages are sent"),
    USE_SESSION_FOR_NEXT("use-session-for-next", Default.value("false"),
            "keep `next` in the session instead of the query (creates a session for anonymous visitors)"),
    REDIRECT_HOST("redirect-host", Default.unset("none (relative)"),
            "an origin such as `https://www.example.com` put in front of the library's redirects"),
    LOGIN_MESSAGE("login-message", Default.value("Please log in to access this page."),
            "what `LoginMessages.getLoginMessage()` says; empty turns it off"),
    REFRESH_MESSAGE("refresh-message", Default.value("Please reauthenticate to access this page."),
            "what `LoginMessages.getRefreshMessage()` says"),
    MESSAGE_BUNDLE("message-bundle", Default.unset("none"),
            "ResourceBundle base name whose keys `cdi-login.login-message` / `cdi-login.refresh-message` localise both"),
    LOGIN_REQUIRED_PATHS("login-required-paths", Default.unset("none"),
            "servlet path prefixes guarded like `@LoginRequired` (`/admin` covers `/admin/x` and `/ADMIN/x`, not"
                    + " `/administrators`; see \"What is guarded, and how\" for odd path forms)"),
    FRESH_LOGIN_REQUIRED_PATHS("fresh-login-required-paths", Default.unset("none"),
            "the same for `@FreshLoginRequired`"),
    EXEMPT_METHODS("exempt-methods", Default.value("OPTIONS"),
            "methods that pass the guards' door, spelled as the request spells them (`options` is not exempt); where"
                    + " a servlet's own code would answer one, the library answers OPTIONS itself (see below); `HEAD` is"
                    + " guarded like `GET`"),
    WWW_AUTHENTICATE("www-authenticate", Default.value("Session realm=\"cdi-login\""),
            "the challenge of every 401"),
    SESSION_PROTECTION("session-protection", Default.value("basic"),
            "`none`, `basic` (another client: not fresh any more), `strong` (another client: session deleted,"
                    + " remember series revoked)"),
    SHARED_LOGOUTS("shared-logouts", Default.value("auto"),
            "`auto` (a `<distributable/>` application records each logout where every member reads it, one read per"
                    + " request that uses the user; see \"Scaling out\"), `off` (this server's sessions are never copied to"
                    + " another: one server, or Payara with `web-container-availability` off; nothing is recorded or read)"),
    CONTAINER_IDENTITY("container-identity", Default.value("none"),
            "what the platform sees of the current user: `none` (the platform sees nobody), `request` (the request"
                    + " the library passes on answers `getUserPrincipal`, `getRemoteUser`, `isUserInRole` from"
                    + " `LoginUser.getRoles()`, `getAuthType`, lazily; `@RolesAllowed` on JAX-RS resources is enforced;"
                    + " on GlassFish and Payara every request that reaches a servlet then loads its user),"
                    + " `jakarta-security` (a Jakarta Authentication module tells the container itself the caller and its"
                    + " roles, for EJBs and Jakarta Security too; every request with a session id or remember cookie loads"
                    + " its user); see \"Roles and the platform's security\""),
    TRUSTED_PROXIES("trusted-proxies", Default.unset("none"),
            "addresses whose `X-Forwarded-For` names the client (nearest untrusted hop), and whose `X-Forwarded-Proto`"
                    + " and `X-Forwarded-Host` (the last value of each) name the origin the browser addressed"),
    CROSS_ORIGIN_PROTECTION("cross-origin-protection", Default.value("login"),
            "`login` (`LoginManager.login`, `logout`, `confirm`, `revokeRememberedLogins` refuse a request another"
                    + " site's page sent), `all` (also every request with an unsafe method that passes the library's"
                    + " filter, before any servlet or resource runs), `off`. See \"Login CSRF\""),
    TRUSTED_ORIGINS("trusted-origins", Default.unset("none"),
            "origins allowed besides the request's own, such as `https://login.example.com,https://www.example.com:8443`"
                    + " (a login form served from another of your hosts); scheme, host and port only"),
    REMEMBER_NAME("remember-cookie.name", Default.value("remember_token"),
            "the remember cookie's name"),
    REMEMBER_DURATION("remember-cookie.duration", Default.value("P365D"),
            "how long a remember cookie lasts, ISO-8601; `LoginOptions.remember(Duration)` overrides it per login"),
    REMEMBER_DOMAIN("remember-cookie.domain", Default.unset("none"),
            "the cookie's `Domain`; unset: this host only"),
    REMEMBER_PATH("remember-cookie.path", Default.unset("the context path (`/` at the root)"),
            "the cookie's `Path`"),
    REMEMBER_SECURE("remember-cookie.secure", Default.value("auto"),
            "`auto` (when the request is secure, or SameSite=None), `true`, `false`"),
    REMEMBER_HTTP_ONLY("remember-cookie.http-only", Default.value("true"),
            "whether the cookie carries `HttpOnly` (hidden from scripts)"),
    REMEMBER_SAME_SITE("remember-cookie.same-site", Default.value("Lax"),
            "`Strict`, `Lax`, `None`"),
    REMEMBER_REFRESH("remember-cookie.refresh-each-request", Default.value("false"),
            "re-issue, with a new lifetime, a remember cookie the request carried"),
    REMEMBER_GRACE("remember-cookie.rotation-grace", Default.value("PT10S"),
            "how long the value a rotation replaced passes as it is (parallel requests); after it, that value is"
                    + " rotated again until the new one has been presented once (a lost response), and refused as a"
                    + " copy from then on"),
    REMEMBER_STORE("remember-store", Default.value("auto"),
            "`auto` (the DataSource when there is one, else memory), `jdbc`, `memory`, `jcache` (the cluster's data"
                    + " grid, see Scaling out); a `RememberTokenStore` bean replaces them"),
    REMEMBER_DATASOURCE("remember-store.datasource", Default.value("java:comp/DefaultDataSource"),
            "JNDI name of the JDBC store's DataSource (also of `CDI_LOGIN_LOGOUTS` for a `<distributable/>`"
                    + " application on a server without JCache, see Scaling out)"),
    REMEMBER_TABLE("remember-store.table", Default.value("CDI_LOGIN_REMEMBER"),
            "the JDBC store's table: a plain SQL name, optionally schema-qualified (`auth.REMEMBER`), at most 128"
                    + " characters"),
    REMEMBER_CREATE_TABLE("remember-store.create-table", Default.value("true"),
            "`true`: the JDBC store creates its table, columns and indexes when missing; `false`: never (the schema"
                    + " belongs to your migrations: run `META-INF/cdi-login/schema/<database>.sql`, see \"The JDBC"
                    + " store's table\"), and a missing table or column fails the deployment"),
    SECRET("secret", Default.unset("random at each start (warning)"),
            "base64 of 32 bytes or more (`openssl rand -base64 32`): the key of the remember tokens' hashes"),
    SECRET_FILE("secret-file", Default.unset("none"),
            "when `cdi-login.secret` is unset: a file holding the key, made (owner-only) at the first start and read"
                    + " at every later one; the quickstart uses it so that remember cookies survive a restart");

    /** What every key starts with. */
    public static final String PREFIX = "cdi-login.";

    private static final Map<String, Setting> BY_KEY = new HashMap<>();

    static {
        for (Setting setting : values()) {
            BY_KEY.put(setting.key, setting);
        }
    }

    private final String key;
    private final Default fallback;
    private final String meaning;

    Setting(String name, Default fallback, String meaning) {
        this.key = PREFIX + name;
        this.fallback = fallback;
        this.meaning = meaning;
    }

    /**
     * @param key a key such as {@code cdi-login.login-view}
     * @return its setting, or {@code null} when the library has none of that key
     */
    public static Setting of(String key) {
        return BY_KEY.get(key);
    }

    /** @return the key, such as {@code cdi-login.login-view} */
    public String key() {
        return key;
    }

    /** @return the value used when the setting is not set, as raw text; {@code null} for a setting off until set */
    public String defaultValue() {
        return fallback.value();
    }

    /** @return the default as the README's table shows it: the value in backticks, or what unset means */
    public String defaultText() {
        return fallback.value() != null ? "`" + fallback.value() + "`" : fallback.unset();
    }

    /** @return one line saying what the setting does, as the README's table says it (Markdown) */
    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return key;
    }

    /** A setting's default: a value, or (for a setting off until set) what unset means. */
    private record Default(String value, String unset) {

        static Default value(String value) {
            return new Default(value, null);
        }

        static Default unset(String meaning) {
            return new Default(null, meaning);
        }
    }
}

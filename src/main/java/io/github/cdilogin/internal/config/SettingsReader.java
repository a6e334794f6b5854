package io.github.cdilogin.internal.config;

import static io.github.cdilogin.internal.config.Setting.*;

import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.crossorigin.Origins;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns raw setting text into {@link LoginSettings}, refusing any value that is not allowed. */
public final class SettingsReader {

    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]+");
    private static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("\\.?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");
    /** A plain SQL name, optionally schema-qualified: it is concatenated into SQL, so nothing else passes. */
    public static final Pattern SQL_TABLE = Pattern.compile("(?=.{1,128}$)[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern BUNDLE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private SettingsReader() {
    }

    /**
     * @param source where the raw values come from
     * @return the validated settings
     * @throws InvalidSettingException naming the first key whose value is not allowed
     */
    public static LoginSettings read(SettingSource source) {
        return new LoginSettings(guards(source), views(source), remember(source), protection(source), secret(source),
                crossOrigin(source), identity(source),
                oneOf(source, SHARED_LOGOUTS, LogoutSharing.class, "use auto or off", value -> value.toUpperCase(Locale.ROOT)));
    }

    private static GuardSettings guards(SettingSource source) {
        return new GuardSettings(
                pathPrefixes(source, LOGIN_REQUIRED_PATHS),
                pathPrefixes(source, FRESH_LOGIN_REQUIRED_PATHS),
                methods(source),
                headerValue(source, WWW_AUTHENTICATE));
    }

    private static ViewSettings views(SettingSource source) {
        return new ViewSettings(
                localPath(source, LOGIN_VIEW),
                prefixViews(source),
                localPath(source, REFRESH_VIEW),
                bool(source, USE_SESSION_FOR_NEXT),
                origin(source),
                text(source, LOGIN_MESSAGE),
                text(source, REFRESH_MESSAGE),
                matching(source, MESSAGE_BUNDLE, BUNDLE, "use a ResourceBundle base name such as com.example.Messages"));
    }

    private static RememberSettings remember(SettingSource source) {
        String path = raw(source, REMEMBER_PATH);
        if (path != null && !isLocalPath(path)) {
            throw new InvalidSettingException(REMEMBER_PATH, path, "use a path that starts with one '/', such as /");
        }
        RememberSettings remember = new RememberSettings(
                orDefault(matching(source, REMEMBER_NAME, COOKIE_NAME,
                        "use letters, digits, '_', '.' or '-' (at most 64), such as remember_token"), REMEMBER_NAME.defaultValue()),
                duration(source, REMEMBER_DURATION),
                matching(source, REMEMBER_DOMAIN, DOMAIN, "use a domain name such as example.com, or leave it unset for this host only"),
                path,
                oneOf(source, REMEMBER_SECURE, RememberSettings.Secure.class,
                        "use auto (Secure when the request is), true or false",
                        value -> switch (value) {
                            case "true", "always" -> "ALWAYS";
                            case "false", "never" -> "NEVER";
                            default -> value.toUpperCase(Locale.ROOT);
                        }),
                bool(source, REMEMBER_HTTP_ONLY),
                sameSite(source),
                bool(source, REMEMBER_REFRESH),
                duration(source, REMEMBER_GRACE),
                oneOf(source, REMEMBER_STORE, RememberSettings.Store.class,
                        "use auto (the DataSource when there is one, else memory), jdbc, memory or jcache (the cluster's data grid)",
                        value -> value.toUpperCase(Locale.ROOT)),
                jdbc(source));
        if (remember.secure() == RememberSettings.Secure.NEVER && remember.sameSite().equals("None")) {
            throw new InvalidSettingException(REMEMBER_SECURE, source.get(REMEMBER_SECURE.key()),
                    "browsers drop a SameSite=None cookie that is not Secure; use auto or true, or another"
                            + " cdi-login.remember-cookie.same-site");
        }
        return remember;
    }

    private static RememberSettings.Jdbc jdbc(SettingSource source) {
        return new RememberSettings.Jdbc(
                orDefault(raw(source, REMEMBER_DATASOURCE), REMEMBER_DATASOURCE.defaultValue()),
                orDefault(matching(source, REMEMBER_TABLE, SQL_TABLE, "use a plain SQL table name such as"
                        + " CDI_LOGIN_REMEMBER or auth.CDI_LOGIN_REMEMBER: a letter or '_', then letters, digits or '_',"
                        + " optionally one schema in front with a '.', at most 128 characters (no quotes, spaces or"
                        + " other signs: the name is part of the store's SQL)"), REMEMBER_TABLE.defaultValue()),
                bool(source, REMEMBER_CREATE_TABLE));
    }

    private static ProtectionSettings protection(SettingSource source) {
        SessionProtection mode = oneOf(source, SESSION_PROTECTION, SessionProtection.class,
                "use none, basic or strong (Flask-Login's SESSION_PROTECTION)", value -> value.toUpperCase(Locale.ROOT));
        Set<String> proxies = new LinkedHashSet<>();
        String value = raw(source, TRUSTED_PROXIES);
        if (value != null) {
            for (String part : value.split(",")) {
                String address = part.trim();
                if (address.isEmpty()) {
                    continue;
                }
                if (!ADDRESS.matcher(address).matches()) {
                    throw new InvalidSettingException(TRUSTED_PROXIES, value,
                            "use a comma-separated list of IP addresses, such as 127.0.0.1,10.0.0.5 (no host names, no ranges)");
                }
                proxies.add(address);
            }
        }
        return new ProtectionSettings(mode, proxies);
    }

    private static CrossOriginSettings crossOrigin(SettingSource source) {
        CrossOriginSettings.Protection protection = oneOf(source, CROSS_ORIGIN_PROTECTION,
                CrossOriginSettings.Protection.class, "use login (the library's own state changes), all (every request"
                        + " with an unsafe method) or off", value -> value.toUpperCase(Locale.ROOT));
        Set<String> origins = new LinkedHashSet<>();
        String value = raw(source, TRUSTED_ORIGINS);
        if (value != null) {
            for (String part : value.split(",")) {
                String origin = part.trim();
                if (origin.isEmpty()) {
                    continue;
                }
                String normalised = Origins.normalise(origin);
                if (normalised == null || !(normalised.startsWith("http://") || normalised.startsWith("https://"))) {
                    throw new InvalidSettingException(TRUSTED_ORIGINS, value, "use a comma-separated list of origins such as"
                            + " https://login.example.com,https://www.example.com:8443 (scheme, host and port only: no path,"
                            + " no wildcards)");
                }
                origins.add(normalised);
            }
        }
        return new CrossOriginSettings(protection, origins);
    }

    private static ContainerIdentity identity(SettingSource source) {
        return oneOf(source, CONTAINER_IDENTITY, ContainerIdentity.class, "use none, request or jakarta-security",
                value -> value.replace('-', '_').toUpperCase(Locale.ROOT));
    }

    private static Secret secret(SettingSource source) {
        String value = raw(source, SECRET);
        if (value == null) {
            String file = raw(source, SECRET_FILE);
            return file == null ? Secret.random() : SecretFile.readOrCreate(Path.of(file));
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidSettingException(SECRET, null, "use base64 of 32 random bytes or more, such as the output of"
                    + " 'openssl rand -base64 32'");
        }
        if (key.length < Secret.MIN_BYTES) {
            throw new InvalidSettingException(SECRET, null, "it decodes to " + key.length + " bytes; use base64 of "
                    + Secret.MIN_BYTES + " random bytes or more, such as the output of 'openssl rand -base64 32'");
        }
        return new Secret(key, false);
    }

    private static String raw(SettingSource source, Setting setting) {
        String value = source.get(setting.key());
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String text(SettingSource source, Setting setting) {
        String value = source.get(setting.key());
        return value == null ? setting.defaultValue() : value.trim();
    }

    private static String matching(SettingSource source, Setting key, Pattern pattern, String allowed) {
        String value = raw(source, key);
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidSettingException(key, value, allowed);
        }
        return value;
    }

    private static boolean bool(SettingSource source, Setting key) {
        String value = orDefault(raw(source, key), key.defaultValue());
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(key, value, "use true or false");
        };
    }

    private static <E extends Enum<E>> E oneOf(SettingSource source, Setting key, Class<E> type,
                                               String allowed, java.util.function.UnaryOperator<String> toConstant) {
        String value = orDefault(raw(source, key), key.defaultValue());
        try {
            return Enum.valueOf(type, toConstant.apply(value.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, value, allowed);
        }
    }

    private static String sameSite(SettingSource source) {
        String value = orDefault(raw(source, REMEMBER_SAME_SITE), REMEMBER_SAME_SITE.defaultValue());
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "strict" -> "Strict";
            case "lax" -> "Lax";
            case "none" -> "None";
            default -> throw new InvalidSettingException(REMEMBER_SAME_SITE, value, "use Strict, Lax or None");
        };
    }

    /** A view is a path inside this application: one leading slash, no scheme, no host. */
    private static String localPath(SettingSource source, Setting key) {
        String value = raw(source, key);
        if (value != null && !isLocalPath(value)) {
            throw new InvalidSettingException(key, value,
                    "use a path inside the application that starts with one '/', such as /login");
        }
        return value;
    }

    private static boolean isLocalPath(String value) {
        return value.startsWith("/") && !value.startsWith("//") && value.indexOf('\\') < 0
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    private static List<String> pathPrefixes(SettingSource source, Setting key) {
        String value = raw(source, key);
        List<String> prefixes = new ArrayList<>();
        if (value == null) {
            return prefixes;
        }
        for (String part : value.split(",")) {
            String prefix = part.trim();
            if (prefix.isEmpty()) {
                continue;
            }
            prefixes.add(prefix(key, value, prefix));
        }
        return prefixes;
    }

    private static String prefix(Setting key, String value, String prefix) {
        if (!isLocalPath(prefix) || prefix.contains("*")) {
            throw new InvalidSettingException(key, value,
                    "use a comma-separated list of path prefixes that each start with one '/', such as /admin,/account"
                            + " (no wildcards: a prefix covers everything below it)");
        }
        String trimmed = prefix.replaceAll("/+$", "");
        return trimmed.isEmpty() ? "/" : trimmed;
    }

    private static List<ViewSettings.PrefixView> prefixViews(SettingSource source) {
        String value = raw(source, LOGIN_VIEWS);
        List<ViewSettings.PrefixView> views = new ArrayList<>();
        if (value == null) {
            return views;
        }
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || !isLocalPath(pair[1].trim())) {
                throw new InvalidSettingException(LOGIN_VIEWS, value,
                        "use prefix=view pairs separated by commas, such as /admin=/admin/login,/shop=/shop/login"
                                + " (Flask-Login's blueprint_login_views)");
            }
            views.add(new ViewSettings.PrefixView(prefix(LOGIN_VIEWS, value, pair[0].trim()), pair[1].trim()));
        }
        views.sort(Comparator.comparingInt((ViewSettings.PrefixView v) -> v.prefix().length()).reversed());
        return views;
    }

    private static String origin(SettingSource source) {
        String value = raw(source, REDIRECT_HOST);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            boolean plain = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null
                    && uri.getFragment() == null && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"));
            if (plain) {
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw new InvalidSettingException(REDIRECT_HOST, value,
                "use an origin such as https://www.example.com (scheme, host and port only; Flask-Login's FORCE_HOST_FOR_REDIRECTS)");
    }

    private static Set<String> methods(SettingSource source) {
        String value = source.get(EXEMPT_METHODS.key());
        if (value == null) {
            value = EXEMPT_METHODS.defaultValue();
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String method = part.trim().toUpperCase(Locale.ROOT);
            if (method.isEmpty()) {
                continue;
            }
            if (!METHOD.matcher(method).matches()) {
                throw new InvalidSettingException(EXEMPT_METHODS, value,
                        "use a comma-separated list of HTTP methods such as OPTIONS (Flask-Login's EXEMPT_METHODS), or an empty value for none");
            }
            methods.add(method);
        }
        return methods;
    }

    private static Duration duration(SettingSource source, Setting key) {
        String value = orDefault(raw(source, key), key.defaultValue());
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below, with what is allowed
        }
        throw new InvalidSettingException(key, value,
                "use a positive ISO-8601 duration such as P365D (365 days) or PT12H (12 hours)");
    }

    private static String headerValue(SettingSource source, Setting key) {
        String value = raw(source, key);
        if (value == null) {
            return key.defaultValue();
        }
        if (!HEADER_VALUE.matcher(value).matches()) {
            throw new InvalidSettingException(key, value, "use printable ASCII only, such as " + key.defaultValue());
        }
        return value;
    }
}

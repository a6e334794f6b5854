package io.github.cdilogin.internal.config;

import static io.github.cdilogin.internal.config.LoginSettings.*;

import io.github.cdilogin.SessionProtection;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns raw setting text into {@link LoginSettings}, refusing any value that is not allowed. */
public final class SettingsReader {

    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]+");

    private SettingsReader() {
    }

    /**
     * @param source where the raw values come from
     * @return the validated settings
     * @throws InvalidSettingException naming the first key whose value is not allowed
     */
    public static LoginSettings read(SettingSource source) {
        return new LoginSettings(
                localPath(source, LOGIN_VIEW),
                localPath(source, REFRESH_VIEW),
                pathPrefixes(source, LOGIN_REQUIRED_PATHS),
                pathPrefixes(source, FRESH_LOGIN_REQUIRED_PATHS),
                methods(source),
                sessionProtection(source),
                duration(source, REMEMBER_DURATION, REMEMBER_DURATION_DEFAULT),
                headerValue(source, WWW_AUTHENTICATE, WWW_AUTHENTICATE_DEFAULT));
    }

    private static String raw(SettingSource source, String key) {
        String value = source.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A view is a path inside this application: one leading slash, no scheme, no host. */
    private static String localPath(SettingSource source, String key) {
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

    private static List<String> pathPrefixes(SettingSource source, String key) {
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
            if (!isLocalPath(prefix) || prefix.contains("*")) {
                throw new InvalidSettingException(key, value,
                        "use a comma-separated list of path prefixes that each start with one '/', such as /admin,/account"
                                + " (no wildcards: a prefix covers everything below it)");
            }
            String trimmed = prefix.replaceAll("/+$", "");
            prefixes.add(trimmed.isEmpty() ? "/" : trimmed);
        }
        return prefixes;
    }

    private static Set<String> methods(SettingSource source) {
        String value = source.get(EXEMPT_METHODS);
        if (value == null) {
            value = EXEMPT_METHODS_DEFAULT;
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

    private static SessionProtection sessionProtection(SettingSource source) {
        String value = raw(source, SESSION_PROTECTION);
        if (value == null) {
            value = SESSION_PROTECTION_DEFAULT;
        }
        try {
            return SessionProtection.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SESSION_PROTECTION, value,
                    "use none, basic or strong (Flask-Login's SESSION_PROTECTION)");
        }
    }

    private static Duration duration(SettingSource source, String key, String fallback) {
        String value = raw(source, key);
        if (value == null) {
            value = fallback;
        }
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

    private static String headerValue(SettingSource source, String key, String fallback) {
        String value = raw(source, key);
        if (value == null) {
            return fallback;
        }
        if (!HEADER_VALUE.matcher(value).matches()) {
            throw new InvalidSettingException(key, value, "use printable ASCII only, such as " + fallback);
        }
        return value;
    }
}

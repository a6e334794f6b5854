package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.config.RememberSettings;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;

/**
 * The one owner of the remember cookie on the wire: reads it, sets it and deletes it, always with the
 * same Path, Domain, Secure, HttpOnly and SameSite. The header is written by hand because
 * {@code SameSite} and {@code Expires} beside {@code Max-Age} are not portable through
 * {@link Cookie}.
 */
public final class RememberCookie {

    /** Longer values are not ours: a real one is 75 characters (66 before key ids). */
    private static final int MAX_VALUE_LENGTH = 128;

    /** RFC 6265's sane-cookie-date: a two-digit day, which RFC_1123_DATE_TIME does not always write. */
    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT);

    private final RememberSettings settings;

    /** @param settings the cookie's settings */
    public RememberCookie(RememberSettings settings) {
        this.settings = settings;
    }

    /**
     * @param request a request
     * @return the remember cookie's value; {@code null} when there is none, when there are two (which
     *         one would be right?), or when it is too long to be ours
     */
    public String read(HttpServletRequest request) {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (RuntimeException malformedHeader) {
            return null;
        }
        if (cookies == null) {
            return null;
        }
        String value = null;
        for (Cookie cookie : cookies) {
            if (settings.cookieName().equals(cookie.getName())) {
                if (value != null) {
                    return null;
                }
                value = cookie.getValue() == null ? "" : cookie.getValue();
            }
        }
        if (value == null || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            return null;
        }
        // Some containers (WildFly's Undertow) keep only one cookie of a name in getCookies(); the
        // raw header lines still show the second one, and then neither is taken.
        return occurrences(request) > 1 ? null : value;
    }

    private int occurrences(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders("Cookie");
        int count = 0;
        while (lines != null && lines.hasMoreElements()) {
            String line = lines.nextElement();
            if (line == null) {
                continue;
            }
            for (String pair : line.split("[;,]")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(settings.cookieName())) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * @param request a request
     * @return whether it carries a cookie of our name at all, well formed or not
     */
    public boolean isPresent(HttpServletRequest request) {
        try {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (settings.cookieName().equals(cookie.getName())) {
                        return true;
                    }
                }
            }
        } catch (RuntimeException malformedHeader) {
            // no usable cookie
        }
        return false;
    }

    /**
     * @param request the request, for the context path and whether it is secure
     * @param response where to set the cookie
     * @param value the cookie's value
     * @param expiresAt when it expires
     * @param now the time
     */
    public void write(HttpServletRequest request, HttpServletResponse response, String value, Instant expiresAt, Instant now) {
        // Rounded up: a 365-day cookie says 31536000, not 31535999 because a millisecond passed.
        long maxAge = Math.max(0, (Duration.between(now, expiresAt).toMillis() + 999) / 1000);
        response.addHeader("Set-Cookie", header(request, value, maxAge, expiresAt));
    }

    /**
     * Deletes the cookie, with the attributes it was set with, so that the browser really drops it.
     *
     * @param request the request
     * @param response where to delete it
     */
    public void delete(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", header(request, "", 0, Instant.EPOCH));
    }

    private String header(HttpServletRequest request, String value, long maxAge, Instant expires) {
        StringBuilder header = new StringBuilder(192)
                .append(settings.cookieName()).append('=').append(value)
                .append("; Max-Age=").append(maxAge)
                .append("; Expires=").append(EXPIRES.format(expires.atOffset(ZoneOffset.UTC)))
                .append("; Path=").append(path(request));
        if (settings.domain() != null) {
            header.append("; Domain=").append(settings.domain());
        }
        if (isSecure(request)) {
            header.append("; Secure");
        }
        if (settings.httpOnly()) {
            header.append("; HttpOnly");
        }
        return header.append("; SameSite=").append(settings.sameSite()).toString();
    }

    private String path(HttpServletRequest request) {
        if (settings.path() != null) {
            return settings.path();
        }
        String context = request.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }

    private boolean isSecure(HttpServletRequest request) {
        return switch (settings.secure()) {
            case ALWAYS -> true;
            case NEVER -> false;
            // A browser drops SameSite=None without Secure.
            case AUTO -> request.isSecure() || "None".equals(settings.sameSite());
        };
    }
}

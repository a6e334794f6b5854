package io.github.cdilogin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether a {@code next} value may be redirected to: the {@code is_safe_url} check that
 * Flask-Login leaves to every application, done once, in the library.
 *
 * <p>Only a path on this same site passes: it starts with one {@code /}, names no scheme and no host,
 * and stays that way however often it is percent-decoded. Everything a browser could read as another
 * site is refused: {@code //evil}, {@code /\evil}, {@code \\evil}, {@code %2F%2Fevil},
 * {@code javascript:...}, {@code http:evil}, {@code http://localhost@evil}, tabs and line breaks
 * (browsers drop them), and absolute URLs even to this host.
 * <pre>{@code
 * if (!SafeNext.isAbsentOrSafe(request)) {                // a crafted next, or two of them
 *     response.sendError(400);                          // as Flask-Login's docs advise: abort(400)
 *     return;
 * }
 * response.sendRedirect(SafeNext.orElse(request.getParameter("next"), request.getContextPath() + "/"));
 * }</pre>
 * The library's own redirects to the login and refresh views only ever carry the path asked for.
 */
public final class SafeNext {

    /** Longer values are refused: a {@code next} is a path, not a payload. */
    public static final int MAX_LENGTH = 2048;

    private static final int DECODE_ROUNDS = 3;

    private SafeNext() {
    }

    /**
     * @param next a redirect target taken from a request
     * @return whether it is a path on this site
     */
    public static boolean isSafe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !isLocalPath(next)) {
            return false;
        }
        // A server or proxy on the way may decode the value before a browser sees it again.
        String value = next;
        for (int round = 0; value.indexOf('%') >= 0; round++) {
            String decoded = decode(value);
            if (decoded.equals(value)) {
                return true;
            }
            if (round == DECODE_ROUNDS || !staysOnThisSite(decoded)) {
                return false;
            }
            value = decoded;
        }
        return true;
    }

    /**
     * The check of one {@code next} value, such as a login form's hidden field, which is often sent empty:
     * absent or empty passes (the caller then uses its default page), anything else must be
     * {@linkplain #isSafe safe}. To check a request, use {@link #isAbsentOrSafe(HttpServletRequest)}, which
     * also refuses a second {@code next}.
     *
     * @param next a redirect target taken from a request, or {@code null}
     * @return whether it is absent, empty or a path on this site
     */
    public static boolean isAbsentOrSafe(String next) {
        return next == null || next.isEmpty() || isSafe(next);
    }

    /**
     * The check of a request's {@code next} parameter, in the query or the form: it passes when there is
     * none, when there is one that is empty (a login form's hidden field with nowhere to go back to), or
     * when there is one that is {@linkplain #isSafe safe}. More than one {@code next} fails, safe or not:
     * servers, proxies and firewalls do not agree on which of them counts (HTTP parameter pollution), so
     * one in front may have checked another value than the application follows.
     * <pre>{@code
     * if (!SafeNext.isAbsentOrSafe(request)) {
     *     response.sendError(400);
     *     return;
     * }
     * }</pre>
     *
     * @param request the request, whose parameters this reads (a form's body too)
     * @return whether the request has no {@code next}, an empty one, or exactly one path on this site
     */
    public static boolean isAbsentOrSafe(HttpServletRequest request) {
        String[] values = request.getParameterValues("next");
        return values == null || values.length == 0 || values.length == 1 && isAbsentOrSafe(values[0]);
    }

    /**
     * @param next a redirect target taken from a request, or {@code null}
     * @param fallback where to go when {@code next} is missing or unsafe
     * @return {@code next} when it is safe, else {@code fallback}
     */
    public static String orElse(String next, String fallback) {
        return isSafe(next) ? next : fallback;
    }

    /** The raw value: printable ASCII only, a path with no scheme and no host. */
    private static boolean isLocalPath(String value) {
        if (!staysOnThisSite(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c > 0x7E) {
                return false;
            }
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/");
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /**
     * What a browser would still read as this site: one leading '/', and nothing it strips or turns
     * into a '/' (tabs, line breaks, other control characters, backslashes).
     */
    private static boolean staysOnThisSite(String value) {
        if (value.isEmpty() || value.charAt(0) != '/') {
            return false;
        }
        if (value.length() > 1 && (value.charAt(1) == '/' || value.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes every well-formed {@code %XX} and keeps anything else as it is, as a lenient server
     * would: a stray {@code %} (as in {@code 100%}) must not hide what the rest decodes to.
     */
    private static String decode(String value) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package io.github.cdilogin.internal.crossorigin;

import java.util.Locale;

/**
 * Origins ({@code scheme://host[:port]}, RFC 6454) in one spelling, so that two that are the same
 * compare equal as strings: scheme and host in lower case, the port always written out (80 for
 * {@code http}, 443 for {@code https}). Anything else (a path, user info, {@code null}, a malformed
 * port, characters outside printable ASCII) is no origin at all.
 */
public final class Origins {

    private Origins() {
    }

    /**
     * @param origin an {@code Origin} header or a configured origin
     * @return its one spelling, or {@code null} when it is not an origin (also the opaque {@code null})
     */
    public static String normalise(String origin) {
        if (origin == null) {
            return null;
        }
        int separator = origin.indexOf("://");
        return separator <= 0 ? null : normalise(origin.substring(0, separator), origin.substring(separator + 3));
    }

    /**
     * @param scheme {@code http} or {@code https}, in any case
     * @param authority a {@code Host} header: {@code host}, {@code host:port}, {@code [v6]:port}
     * @return the origin of a request with them, in one spelling, or {@code null} when they are malformed
     */
    public static String normalise(String scheme, String authority) {
        if (scheme == null || authority == null || !isScheme(scheme) || authority.isEmpty()) {
            return null;
        }
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '/' || c == '?' || c == '#' || c == '@' || c == '\\') {
                return null;
            }
        }
        String host;
        String port;
        if (authority.charAt(0) == '[') {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = authority.substring(0, close + 1);
            port = authority.substring(close + 1);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon);
        }
        if (host.isEmpty() || !isHost(host)) {
            return null;
        }
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int number = port.isEmpty() ? defaultPort(lowerScheme) : port(port);
        if (host.isEmpty() || host.equals("[]") || number < 0) {
            return null;
        }
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + number;
    }

    /** A name (letters, digits, {@code - . _}), an IPv4 address, or an IPv6 one in brackets; no wildcard. */
    private static boolean isHost(String host) {
        boolean bracketed = host.charAt(0) == '[';
        int end = bracketed ? host.length() - 1 : host.length();
        for (int i = bracketed ? 1 : 0; i < end; i++) {
            char c = host.charAt(i);
            boolean allowed = bracketed ? Character.digit(c, 16) >= 0 || c == ':' || c == '.'
                    : c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScheme(String scheme) {
        if (scheme.isEmpty() || !Character.isLetter(scheme.charAt(0))) {
            return false;
        }
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    /** @param port {@code :} and one to five digits */
    private static int port(String port) {
        if (port.length() < 2 || port.length() > 6 || port.charAt(0) != ':') {
            return -1;
        }
        int value = 0;
        for (int i = 1; i < port.length(); i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 65535 ? value : -1;
    }
}

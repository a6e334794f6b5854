package io.github.cdilogin.internal.config;

/** Path prefixes as the settings mean them: {@code /admin} covers {@code /admin} and {@code /admin/x}, not {@code /administrators}. */
public final class Prefixes {

    private Prefixes() {
    }

    /**
     * @param prefix a prefix from the settings, without a trailing slash (or {@code /})
     * @param path a request's servlet path and path info
     * @return whether the prefix covers the path
     */
    public static boolean covers(String prefix, String path) {
        return prefix.equals("/") || path.equals(prefix)
                || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/');
    }
}

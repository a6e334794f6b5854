package io.github.cdilogin.internal.config;

/**
 * Path prefixes as the settings mean them: {@code /admin} covers {@code /admin}, {@code /admin/x} and
 * {@code /ADMIN/x}, not {@code /administrators}. Letters match whatever their ASCII case, because a
 * server on a case-insensitive file system serves {@code /ADMIN/page.xhtml} from {@code admin/}.
 */
public final class Prefixes {

    private Prefixes() {
    }

    /**
     * @param prefix a prefix from the settings, without a trailing slash (or {@code /})
     * @param path a request's servlet path and path info
     * @return whether the prefix covers the path
     */
    public static boolean covers(String prefix, String path) {
        return covers(prefix, path, null);
    }

    /**
     * The same for a path given in two parts, so that a request's servlet path and path info need not
     * be joined into a new string on every request.
     *
     * @param prefix a prefix from the settings, without a trailing slash (or {@code /})
     * @param first the path's first part (a servlet path)
     * @param second its second part (a path info), or {@code null}
     * @return whether the prefix covers {@code first + second}
     */
    public static boolean covers(String prefix, String first, String second) {
        int length = prefix.length();
        if (length == 1) {
            return true; // "/" is the only prefix of one character
        }
        int firstLength = first.length();
        int pathLength = firstLength + (second == null ? 0 : second.length());
        if (pathLength < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = i < firstLength ? first.charAt(i) : second.charAt(i - firstLength);
            if (!sameIgnoringAsciiCase(c, prefix.charAt(i))) {
                return false;
            }
        }
        return pathLength == length
                || (length < firstLength ? first.charAt(length) : second.charAt(length - firstLength)) == '/';
    }

    private static boolean sameIgnoringAsciiCase(char c, char p) {
        if (c == p) {
            return true;
        }
        char lower = (char) (p | 0x20);
        return lower >= 'a' && lower <= 'z' && (c | 0x20) == lower;
    }
}

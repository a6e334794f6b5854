package io.github.cdilogin.internal.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The paths a raw request URI could mean to a server. Servers disagree on {@code ;} path parameters,
 * encoded slashes, dots and backslashes (Shiro's and Spring's path bypasses came from such
 * disagreements), so a guard that reads the path one way can be walked around by a server that reads
 * it another. A URI with none of those characters means one path; for the others, the readings here
 * are what the guards check besides the path the container serves.
 *
 * <p>Two readings, each with {@code \} taken as {@code /}, then dot segments and empty segments
 * removed: the raw path with each segment's {@code ;parameters} dropped, then percent-decoded once;
 * and the raw path percent-decoded once, then each segment's {@code ;parameters} dropped.
 */
final class PathReadings {

    private PathReadings() {
    }

    /**
     * The fast check that keeps ordinary requests cheap: five searches of the string, no allocation.
     *
     * @param rawUri a request URI as it came ({@code getRequestURI()})
     * @return whether it means one path only: no {@code ;}, {@code %} or {@code \}, and no {@code //} or {@code /.}
     */
    static boolean isPlain(String rawUri) {
        return rawUri.indexOf('%') < 0 && rawUri.indexOf(';') < 0 && rawUri.indexOf('\\') < 0
                && rawUri.indexOf("/.") < 0 && rawUri.indexOf("//") < 0;
    }

    /**
     * @param rawUri a request URI as it came, context path included
     * @param contextSegments how many segments the context path has ({@code 0} at the root)
     * @return the paths inside the application it could mean, each starting with {@code /}
     */
    static List<String> of(String rawUri, int contextSegments) {
        String parametersFirst = normalise(decode(withoutParameters(rawUri)), contextSegments);
        String decodedFirst = normalise(withoutParameters(decode(rawUri).replace('\\', '/')), contextSegments);
        return parametersFirst.equals(decodedFirst) ? List.of(parametersFirst) : List.of(parametersFirst, decodedFirst);
    }

    /** Drops every segment's {@code ;parameters} (up to the next {@code /} or {@code \}). */
    static String withoutParameters(String path) {
        if (path.indexOf(';') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        boolean inParameters = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '\\') {
                inParameters = false;
            } else if (c == ';') {
                inParameters = true;
            }
            if (!inParameters) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Percent-decodes once. A byte above 127 becomes the character of the same value: the guarded
     * prefixes are ASCII, so no such character can ever match one. A malformed escape stays as it is.
     */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int high = c == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(path.charAt(i + 2), 16);
            if (low >= 0) {
                out.append((char) (high * 16 + low));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Takes {@code \} as {@code /}, removes empty and {@code .} segments, resolves {@code ..} (never
     * above the root), then drops the context path's segments.
     */
    static String normalise(String path, int contextSegments) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        for (int i = 0; i < contextSegments; i++) {
            segments.pollFirst();
        }
        return "/" + String.join("/", segments);
    }
}

package io.github.cdilogin.internal.web;

import java.util.Locale;

/**
 * Decides whether a request wants JSON rather than a page: an {@code X-Requested-With} header, or an
 * {@code Accept} header that ranks a JSON type above HTML.
 */
final class AcceptHeader {

    private AcceptHeader() {
    }

    static boolean prefersJson(String accept, String requestedWith) {
        if (requestedWith != null && !requestedWith.isBlank()) {
            return true;
        }
        if (accept == null || accept.length() > 4096) {
            return false;
        }
        double json = -1;
        double html = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
                json = Math.max(json, quality);
            } else if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, quality);
            }
        }
        return json > 0 && json > html;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

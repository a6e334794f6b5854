package io.github.cdilogin.internal.remember;

/**
 * The short name of a browser that a remembered device is shown with ("Firefox on Linux", "Chrome on
 * Android", "curl"), made from its {@code User-Agent} header when the series is issued. Every word of
 * the answer comes from the fixed vocabulary below, never from the header: a hostile header (ten
 * kilobytes, control characters, HTML) can only make it {@value #UNKNOWN}. Only the header's first
 * {@value #READ_CHARS} characters are read, so a long one costs no more than a short one.
 */
final class UserAgents {

    /** What a header that names nothing known comes to. */
    static final String UNKNOWN = "Unknown browser";

    /** Real headers name browser and system well within this; the rest is not read. */
    private static final int READ_CHARS = 512;

    /** Looked for in this order: the first match wins (Edge and Opera also say "Chrome", Chrome says "Safari"). */
    private static final String[][] BROWSERS = {
        {"Edg/", "Edge"}, {"EdgA/", "Edge"}, {"EdgiOS/", "Edge"},
        {"OPR/", "Opera"}, {"SamsungBrowser/", "Samsung Internet"}, {"Vivaldi/", "Vivaldi"},
        {"Firefox/", "Firefox"}, {"FxiOS/", "Firefox"},
        {"Chromium/", "Chromium"}, {"CriOS/", "Chrome"}, {"HeadlessChrome/", "Headless Chrome"}, {"Chrome/", "Chrome"},
        {"Safari/", "Safari"},
        {"curl/", "curl"}, {"Wget/", "Wget"}, {"python-requests/", "Python requests"}, {"Java-http-client/", "Java"},
        {"okhttp/", "OkHttp"}, {"PostmanRuntime/", "Postman"},
    };

    /** Also in order: Android says "Linux", iOS says "like Mac OS X". */
    private static final String[][] SYSTEMS = {
        {"Android", "Android"}, {"iPhone", "iOS"}, {"iPad", "iPadOS"}, {"CrOS", "ChromeOS"},
        {"Windows", "Windows"}, {"Mac OS X", "macOS"}, {"Macintosh", "macOS"}, {"Linux", "Linux"},
        {"FreeBSD", "FreeBSD"},
    };

    private UserAgents() {
    }

    /**
     * @param header the request's {@code User-Agent}, or {@code null}
     * @return a short, non-empty summary from the fixed vocabulary (at most 40 characters)
     */
    static String summarize(String header) {
        if (header == null || header.isEmpty()) {
            return UNKNOWN;
        }
        String read = header.length() > READ_CHARS ? header.substring(0, READ_CHARS) : header;
        String browser = first(BROWSERS, read);
        String system = first(SYSTEMS, read);
        if (browser == null) {
            return system == null ? UNKNOWN : "A browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(String[][] names, String header) {
        for (String[] name : names) {
            if (header.contains(name[0])) {
                return name[1];
            }
        }
        return null;
    }
}

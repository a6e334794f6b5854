package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * {@link SafeNext}: only a path on this same site is followed; everything a browser could read as
 * another site (or that a proxy could decode into one) is refused. Weakness 3 of Flask-Login.
 */
class SafeNextTest {

    private static final String FALLBACK = "/home";

    /** Values a browser (or a decoding proxy in front of it) could take somewhere else, or that are no path at all. */
    static Stream<String> hostile() {
        return Stream.of(
                // scheme-relative: another host
                "//x", "///x", "////x", "//evil.com/", "//localhost@evil.com",
                // backslashes: browsers read them as slashes
                "/\\x", "\\\\x", "\\/x", "/\\/x", "\\x",
                // percent-encoded slashes and backslashes, decoded once by a server or proxy on the way
                "%2F%2Fx", "/%2F%2Fx", "/%2f/x", "/%2F/x", "/%5Cx", "/%5cx", "%5C%5Cx",
                // double and triple encoded
                "/%252F%252Fx", "/%255Cx", "/%25252F%25252Fx", "/%25255Cx",
                // scripts and other schemes
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
                "\njavascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                // absolute and scheme-only URLs
                "http:x", "https:evil.com", "http://evil.com", "HTTP://EVIL.COM", "http://localhost@evil.com",
                "http://evil.com#@localhost", "http://evil.com\\@localhost/",
                // header injection, and characters browsers strip from inside a URL
                "/x\r\nSet-Cookie:a=b", "/x%0d%0aLocation:%20//evil", "/x%0D%0ASet-Cookie:a=b",
                "/\t/evil", "/\n/evil", "/\r/evil", "/%09/evil", "/%0A/evil", "/%0D/evil",
                // this host, but absolute: another scheme, port or name for it
                "https://localhost/", "http://localhost:8081/", "http://127.0.0.1/", "http://localhost/",
                // not a path from the root
                " ", "  /x", "/x ", "profile", "./x", "../x", "?next=/x", "#frag",
                // bytes that do not belong in a raw path
                "/café", "/x\u0000y", "/x%00y", "/x\u007Fy", "/x\u2028y", "/\uFF0F\uFF0Fevil.com",
                // too long
                "/" + "a".repeat(SafeNext.MAX_LENGTH));
    }

    /** Paths on this site, as applications use them. */
    static Stream<String> safe() {
        return Stream.of("/", "/profile", "/profile?x=1", "/a/b#c", "/search?q=a%20b", "/caf%C3%A9",
                "/a/b/c?x=1&y=2#frag", "/api/items/42", "/a" + "b".repeat(SafeNext.MAX_LENGTH - 2));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileValueIsRefused(String next) {
        assertFalse(SafeNext.isSafe(next), () -> "isSafe accepted " + printable(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingValueIsRefused(String next) {
        assertFalse(SafeNext.isSafe(next), () -> "isSafe accepted " + printable(next));
    }

    @ParameterizedTest
    @MethodSource("safe")
    void pathOnThisSiteIsAccepted(String next) {
        assertTrue(SafeNext.isSafe(next), () -> "isSafe refused " + printable(next));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void orElseGivesTheFallbackForAHostileValue(String next) {
        String got = SafeNext.orElse(next, FALLBACK);
        assertEquals(FALLBACK, got, () -> "orElse(" + printable(next) + ") returned " + printable(got));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void orElseGivesTheFallbackForAMissingValue(String next) {
        String got = SafeNext.orElse(next, FALLBACK);
        assertEquals(FALLBACK, got, () -> "orElse(" + printable(next) + ") returned " + printable(got));
    }

    @ParameterizedTest
    @MethodSource("safe")
    void orElseGivesTheValueForAPathOnThisSite(String next) {
        String got = SafeNext.orElse(next, FALLBACK);
        assertEquals(next, got, () -> "orElse(" + printable(next) + ") returned " + printable(got));
    }

    @Test
    void valueOfExactlyMaxLengthIsAccepted() {
        String next = "/" + "a".repeat(SafeNext.MAX_LENGTH - 1);
        assertTrue(SafeNext.isSafe(next), () -> "isSafe refused a path of " + next.length() + " characters");
    }

    @Test
    void valueOneLongerThanMaxLengthIsRefused() {
        String next = "/" + "a".repeat(SafeNext.MAX_LENGTH);
        assertFalse(SafeNext.isSafe(next), () -> "isSafe accepted a path of " + next.length() + " characters");
    }

    @Test
    void requestWithoutNextPasses() {
        assertTrue(SafeNext.isAbsentOrSafe(requestWithNext()), "no next");
    }

    @Test
    void requestWithOneEmptyNextPasses() {
        assertTrue(SafeNext.isAbsentOrSafe(requestWithNext("")), "one empty next");
    }

    @ParameterizedTest
    @MethodSource("safe")
    void requestWithOneSafeNextPasses(String next) {
        assertTrue(SafeNext.isAbsentOrSafe(requestWithNext(next)), () -> "refused " + printable(next));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void requestWithOneHostileNextFails(String next) {
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext(next)), () -> "accepted " + printable(next));
    }

    @Test
    void requestWithASafeAndAHostileNextFailsInEitherOrder() {
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext("/profile", "//evil.example")), "safe, then hostile");
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext("//evil.example", "/profile")), "hostile, then safe");
    }

    @Test
    void requestWithTwoSafeOrEmptyNextValuesFails() {
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext("/profile", "/profile")), "the same path twice");
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext("/profile", "/settings")), "two paths");
        assertFalse(SafeNext.isAbsentOrSafe(requestWithNext("", "/profile")), "empty, then a path");
    }

    /** A request that answers only for its {@code next} values, as {@code getParameterValues} gives them. */
    private static HttpServletRequest requestWithNext(String... values) {
        String[] sent = values.length == 0 ? null : values.clone();
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameterValues") && "next".equals(args[0])) {
                        return sent;
                    }
                    throw new UnsupportedOperationException("the test request has no " + method.getName());
                });
    }

    /** The value with its control and non-ASCII characters escaped, so a failure shows what was tried. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        String shown = out.append('"').toString();
        return shown.length() > 80 ? shown.substring(0, 60) + "...\" (" + value.length() + " chars)" : shown;
    }
}

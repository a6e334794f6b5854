package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.config.RememberSettings.Secure;
import io.github.cdilogin.test.FakeHttp;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RememberCookie}: the Set-Cookie header it writes and deletes (weakness 6 of Flask-Login: the
 * deletion carries the cookie's own attributes), and which request cookie it reads.
 */
class RememberCookieTest {

    /** The client of every request here: the cookie does not depend on it. */
    private static final String CLIENT = "127.0.0.1";

    private static final String NAME = "remember_token";
    private static final String VALUE = "AAAAAAAAAAAAAAAAAAAAAA:" + "B".repeat(43);
    private static final Instant NOW = Instant.parse("2025-12-24T08:15:30Z");

    private static RememberSettings settings(String domain, String path, Secure secure, boolean httpOnly, String sameSite) {
        return new RememberSettings(NAME, Duration.ofDays(365), domain, path, secure, httpOnly, sameSite, false,
                Duration.ofSeconds(10), RememberSettings.Store.MEMORY, null);
    }

    private static RememberSettings defaults() {
        return settings(null, null, Secure.AUTO, true, "Lax");
    }

    private static String written(RememberSettings settings, HttpServletRequest request, Instant expiresAt) {
        FakeHttp.Response response = new FakeHttp.Response();
        new RememberCookie(settings).write(request, response, VALUE, expiresAt, NOW);
        return response.onlySetCookie();
    }

    private static String written(RememberSettings settings, HttpServletRequest request) {
        return written(settings, request, NOW.plus(Duration.ofDays(365)));
    }

    private static String deleted(RememberSettings settings, HttpServletRequest request) {
        FakeHttp.Response response = new FakeHttp.Response();
        new RememberCookie(settings).delete(request, response);
        return response.onlySetCookie();
    }

    private static HttpServletRequest http(String contextPath) {
        return new FakeHttp.Request(CLIENT, null).contextPath(contextPath);
    }

    private static HttpServletRequest https(String contextPath) {
        return new FakeHttp.Request(CLIENT, null).contextPath(contextPath).secure(true);
    }

    /** The header's parts after {@code name=value}, as written. */
    private static List<String> attributes(String header) {
        List<String> parts = Arrays.asList(header.split("; "));
        return parts.subList(1, parts.size());
    }

    /** The value of attribute {@code name}, or {@code null} when the header has none. */
    private static String attribute(String header, String name) {
        return attributes(header).stream().filter(a -> a.startsWith(name + "="))
                .map(a -> a.substring(name.length() + 1)).findFirst().orElse(null);
    }

    private static boolean flag(String header, String name) {
        return attributes(header).contains(name);
    }

    // --- write ---------------------------------------------------------------------------------------

    @Test
    void cookieStartsWithItsNameAndValue() {
        String header = written(defaults(), http("/app"));
        assertTrue(header.startsWith(NAME + "=" + VALUE + "; "), header);
    }

    @Test
    void cookieNameComesFromTheSettings() {
        RememberSettings named = new RememberSettings("keep_me", Duration.ofDays(1), null, null, Secure.AUTO, true,
                "Lax", false, Duration.ofSeconds(10), RememberSettings.Store.MEMORY, null);
        String header = written(named, http("/app"));
        assertTrue(header.startsWith("keep_me=" + VALUE + "; "), header);
    }

    @Test
    void maxAgeIsTheSecondsUntilExpiry() {
        String header = written(defaults(), http("/app"), NOW.plus(Duration.ofDays(365)));
        assertEquals("31536000", attribute(header, "Max-Age"), header);
    }

    @Test
    void maxAgeIsRoundedUpToTheNextSecond() {
        String header = written(defaults(), http("/app"), NOW.plusSeconds(10).plusMillis(1));
        assertEquals("11", attribute(header, "Max-Age"), header);
    }

    @Test
    void maxAgeOfAPastExpiryIsZero() {
        String header = written(defaults(), http("/app"), NOW.minusSeconds(30));
        assertEquals("0", attribute(header, "Max-Age"), header);
    }

    @Test
    void expiresIsTheExpiryInRfc1123Gmt() {
        String header = written(defaults(), http("/app"), Instant.parse("2026-12-24T08:15:30Z"));
        assertEquals("Thu, 24 Dec 2026 08:15:30 GMT", attribute(header, "Expires"), header);
    }

    @Test
    void expiresHasATwoDigitDay() {
        String header = written(defaults(), http("/app"), Instant.parse("2026-03-05T08:15:30Z"));
        assertEquals("Thu, 05 Mar 2026 08:15:30 GMT", attribute(header, "Expires"), header);
    }

    @Test
    void pathIsTheContextPath() {
        String header = written(defaults(), http("/shop"));
        assertEquals("/shop", attribute(header, "Path"), header);
    }

    @Test
    void pathIsTheRootForTheRootContext() {
        String header = written(defaults(), http(""));
        assertEquals("/", attribute(header, "Path"), header);
    }

    @Test
    void pathSettingWinsOverTheContextPath() {
        String header = written(settings(null, "/", Secure.AUTO, true, "Lax"), http("/shop"));
        assertEquals("/", attribute(header, "Path"), header);
    }

    @Test
    void noDomainWhenNoneIsSet() {
        String header = written(defaults(), http("/app"));
        assertNull(attribute(header, "Domain"), header);
    }

    @Test
    void domainWhenOneIsSet() {
        String header = written(settings("example.com", null, Secure.AUTO, true, "Lax"), http("/app"));
        assertEquals("example.com", attribute(header, "Domain"), header);
    }

    @Test
    void autoIsNotSecureOverHttp() {
        String header = written(defaults(), http("/app"));
        assertFalse(flag(header, "Secure"), header);
    }

    @Test
    void autoIsSecureOverHttps() {
        String header = written(defaults(), https("/app"));
        assertTrue(flag(header, "Secure"), header);
    }

    @Test
    void autoWithSameSiteNoneIsSecureEvenOverHttp() {
        String header = written(settings(null, null, Secure.AUTO, true, "None"), http("/app"));
        assertTrue(flag(header, "Secure"), header);
    }

    @Test
    void alwaysIsSecureOverHttp() {
        String header = written(settings(null, null, Secure.ALWAYS, true, "Lax"), http("/app"));
        assertTrue(flag(header, "Secure"), header);
    }

    @Test
    void neverIsNotSecureOverHttps() {
        String header = written(settings(null, null, Secure.NEVER, true, "Lax"), https("/app"));
        assertFalse(flag(header, "Secure"), header);
    }

    @Test
    void httpOnlyWhenSet() {
        String header = written(defaults(), http("/app"));
        assertTrue(flag(header, "HttpOnly"), header);
    }

    @Test
    void noHttpOnlyWhenTurnedOff() {
        String header = written(settings(null, null, Secure.AUTO, false, "Lax"), http("/app"));
        assertFalse(flag(header, "HttpOnly"), header);
    }

    @Test
    void sameSiteIsTheSetting() {
        String header = written(settings(null, null, Secure.AUTO, true, "Strict"), http("/app"));
        assertEquals("Strict", attribute(header, "SameSite"), header);
    }

    @Test
    void cookieCarriesEveryAttributeOnce() {
        String header = written(settings("example.com", "/app", Secure.ALWAYS, true, "Strict"), http("/app"));
        assertEquals(List.of("Max-Age=31536000", "Expires=Thu, 24 Dec 2026 08:15:30 GMT", "Path=/app",
                "Domain=example.com", "Secure", "HttpOnly", "SameSite=Strict"), attributes(header), header);
    }

    // --- delete --------------------------------------------------------------------------------------

    @Test
    void deletionEmptiesTheValue() {
        String header = deleted(defaults(), http("/app"));
        assertTrue(header.startsWith(NAME + "=; "), header);
    }

    @Test
    void deletionHasMaxAgeZero() {
        String header = deleted(defaults(), http("/app"));
        assertEquals("0", attribute(header, "Max-Age"), header);
    }

    @Test
    void deletionExpiresInThePast() {
        String header = deleted(defaults(), http("/app"));
        Instant expires = ZonedDateTime.parse(attribute(header, "Expires"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(expires.isBefore(NOW), header);
    }

    @Test
    void deletionCarriesTheCookiesAttributes() {
        RememberSettings settings = settings("example.com", "/shop", Secure.ALWAYS, true, "Strict");
        assertEquals(lastingAttributes(written(settings, http("/app"))), lastingAttributes(deleted(settings, http("/app"))));
    }

    @Test
    void deletionCarriesTheAttributesTheRequestDecided() {
        RememberSettings settings = defaults();
        assertEquals(lastingAttributes(written(settings, https("/shop"))), lastingAttributes(deleted(settings, https("/shop"))));
    }

    @Test
    void deletionOfASameSiteNoneCookieIsSecure() {
        RememberSettings settings = settings(null, null, Secure.AUTO, true, "None");
        String header = deleted(settings, http("/app"));
        assertTrue(flag(header, "Secure"), header);
    }

    /** The attributes that say which cookie it is: all but its lifetime. */
    private static List<String> lastingAttributes(String header) {
        return attributes(header).stream().filter(a -> !a.startsWith("Max-Age=") && !a.startsWith("Expires=")).toList();
    }

    // --- read ----------------------------------------------------------------------------------------

    private static String read(Cookie... cookies) {
        return new RememberCookie(defaults()).read(new FakeHttp.Request(CLIENT, null).contextPath("/app").cookies(cookies));
    }

    @Test
    void requestWithoutCookiesHasNone() {
        assertNull(read());
    }

    @Test
    void requestWithOtherCookiesOnlyHasNone() {
        String got = read(new Cookie("JSESSIONID", "abc"), new Cookie("theme", "dark"));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void oneCookieOfTheNameIsRead() {
        assertEquals(VALUE, read(new Cookie("JSESSIONID", "abc"), new Cookie(NAME, VALUE)));
    }

    @Test
    void cookieNameIsMatchedExactly() {
        String got = read(new Cookie("Remember_Token", VALUE), new Cookie(NAME + "2", VALUE));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void twoCookiesOfTheNameGiveNone() {
        String got = read(new Cookie(NAME, VALUE), new Cookie(NAME, "CCCCCCCCCCCCCCCCCCCCCC:" + "D".repeat(43)));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void twoEqualCookiesOfTheNameGiveNone() {
        String got = read(new Cookie(NAME, VALUE), new Cookie(NAME, VALUE));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void twoCookiesOfTheNameInTheHeaderGiveNoneWhereTheContainerKeepsOne() {
        HttpServletRequest deduplicating = new FakeHttp.Request(CLIENT, null).contextPath("/app")
                .cookies(() -> new Cookie[] {new Cookie(NAME, VALUE)})
                .header("Cookie", "JSESSIONID=abc; " + NAME + "=" + VALUE + "; " + NAME + "=" + VALUE);
        String got = new RememberCookie(defaults()).read(deduplicating);
        assertNull(got, () -> "read " + got);
    }

    @Test
    void emptyCookieGivesNone() {
        String got = read(new Cookie(NAME, ""));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void cookieOf128CharactersIsRead() {
        String value = "x".repeat(128);
        assertEquals(value, read(new Cookie(NAME, value)));
    }

    @Test
    void cookieLongerThan128CharactersGivesNone() {
        String got = read(new Cookie(NAME, "x".repeat(129)));
        assertNull(got, () -> "read " + got);
    }

    @Test
    void unparseableCookieHeaderGivesNone() {
        HttpServletRequest broken = new FakeHttp.Request(CLIENT, null).contextPath("/app").cookies(() -> {
            throw new IllegalArgumentException("bad Cookie header");
        });
        String got = new RememberCookie(defaults()).read(broken);
        assertNull(got, () -> "read " + got);
    }

    @Test
    void oversizedCookieIsStillPresent() {
        HttpServletRequest request = new FakeHttp.Request(CLIENT, null).contextPath("/app").cookies(new Cookie(NAME, "x".repeat(500)));
        assertTrue(new RememberCookie(defaults()).isPresent(request), "an oversized cookie was not seen, so not deleted");
    }

    @Test
    void requestWithoutTheCookieHasNonePresent() {
        HttpServletRequest request = new FakeHttp.Request(CLIENT, null).contextPath("/app").cookies(new Cookie("JSESSIONID", "abc"));
        assertFalse(new RememberCookie(defaults()).isPresent(request), "a cookie was seen in " + request);
    }
}

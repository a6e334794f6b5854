package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UserAgents}: real headers get a short name; hostile ones get words from the fixed vocabulary only. */
class UserAgentsTest {

    /** Every word an answer may be made of. */
    private static final Set<String> VOCABULARY = Set.of("Edge", "Opera", "Samsung", "Internet", "Vivaldi", "Firefox",
            "Chromium", "Chrome", "Headless", "Safari", "curl", "Wget", "Python", "requests", "Java", "OkHttp", "Postman",
            "on", "A", "browser", "Unknown", "Android", "iOS", "iPadOS", "ChromeOS", "Windows", "macOS", "Linux", "FreeBSD");

    static Stream<Arguments> realHeaders() {
        return Stream.of(
                Arguments.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Linux"),
                Arguments.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Mobile Safari/537.36", "Chrome on Android"),
                Arguments.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "Edge on Windows"),
                Arguments.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.5 Safari/605.1.15", "Safari on macOS"),
                Arguments.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                        + " Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iOS"),
                Arguments.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                        + " Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1", "Chrome on iOS"),
                Arguments.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " HeadlessChrome/126.0.0.0 Safari/537.36", "Headless Chrome on Linux"),
                Arguments.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0", "Opera on Windows"),
                Arguments.of("curl/8.5.0", "curl"),
                Arguments.of("Java-http-client/17.0.12", "Java"),
                Arguments.of("Mozilla/5.0 (X11; Linux x86_64)", "A browser on Linux"),
                Arguments.of("Lynx/2.9.0", "Unknown browser"),
                Arguments.of("", "Unknown browser"));
    }

    @ParameterizedTest
    @MethodSource("realHeaders")
    void realHeadersGetAShortName(String header, String expected) {
        assertEquals(expected, UserAgents.summarize(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)> Firefox/1",
        "Firefox/1 \u0000\u0007\r\nSet-Cookie: a=b",
        "Chrome/1\t\t\t(Windows)",
        "\u202eLinux Firefox/\u202c",
        "' OR 1=1 -- Safari/",
    })
    void hostileHeadersGetOnlyWordsOfTheVocabulary(String header) {
        assertFromTheVocabulary(UserAgents.summarize(header));
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 10_000, 100_000})
    void longHeadersAreReadOnlyAtTheirStart(int length) {
        String header = "x".repeat(length - 12) + " Firefox/128";
        assertEquals("Unknown browser", UserAgents.summarize(header), "only the first 512 characters count");
        assertFromTheVocabulary(UserAgents.summarize("Firefox/128 (Linux) " + "<".repeat(length)));
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsAnUnknownBrowser() {
        assertEquals("Unknown browser", UserAgents.summarize(null));
    }

    private static void assertFromTheVocabulary(String summary) {
        assertTrue(!summary.isEmpty() && summary.length() <= 64, () -> "length: " + summary);
        for (String word : summary.split(" ")) {
            assertTrue(VOCABULARY.contains(word), () -> "'" + word + "' of '" + summary + "' is not from the vocabulary");
        }
    }
}

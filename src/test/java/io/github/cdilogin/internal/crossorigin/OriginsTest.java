package io.github.cdilogin.internal.crossorigin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Origins}: one spelling for origins that are the same, and none for what is not an origin. */
class OriginsTest {

    @ParameterizedTest
    @CsvSource({
            "https://example.com, https://example.com:443",
            "HTTPS://Example.COM, https://example.com:443",
            "https://example.com:443, https://example.com:443",
            "http://example.com, http://example.com:80",
            "http://example.com:8080, http://example.com:8080",
            "http://127.0.0.1:8080, http://127.0.0.1:8080",
            "http://[::1]:8080, http://[::1]:8080",
            "http://[::1], http://[::1]:80",
            "http://my_host.internal:8080, http://my_host.internal:8080"})
    void sameOriginsAreSpelledTheSame(String origin, String expected) {
        assertEquals(expected, Origins.normalise(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "", "example.com", "://example.com", "https://", "https://example.com/",
            "https://example.com/path", "https://user@example.com", "https://example.com:", "https://example.com:99999",
            "https://example.com:8o", "https://example.com?x", "https://exa mple.com", "https://ex\u00e4mple.com",
            "https://[::1", "https://[]:80", "https://*.example.com", "https://[::g]:80", "https://a%2eb", "http://:80", "http://[", "http://]", "https://::1:80", "1http://example.com", "ht tp://example.com",
            "https://example.com\\@evil.com"})
    void whatIsNoOriginHasNoSpelling(String notAnOrigin) {
        assertNull(Origins.normalise(notAnOrigin), notAnOrigin);
    }

    @ParameterizedTest
    @CsvSource({"http, example.com:8080, http://example.com:8080", "https, Example.com, https://example.com:443",
            "HTTP, localhost, http://localhost:80"})
    void aRequestsSchemeAndHostMakeItsOrigin(String scheme, String host, String expected) {
        assertEquals(expected, Origins.normalise(scheme, host));
    }
}

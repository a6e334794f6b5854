package io.github.cdilogin.internal.crossorigin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CrossOriginPolicy}: every way a request may come to a state change, and which of them pass.
 * The application is {@code http://app.example:8080}; its request came over plain HTTP to that host.
 */
class CrossOriginPolicyTest {

    private static final String OWN = "http://app.example:8080";
    private static final String PROXY = "10.0.0.2";

    private final CrossOriginPolicy policy = new CrossOriginPolicy(Set.of("https://login.example:443"), Set.of(PROXY));

    /** A request to {@code app.example:8080} from {@code 192.0.2.7}, with the given headers (name, value, ...). */
    private static HttpServletRequest request(String method, String... headers) {
        return fromAddress("192.0.2.7", method, headers);
    }

    private static HttpServletRequest fromAddress(String remote, String method, String... headers) {
        Map<String, String> values = new HashMap<>();
        values.put("host", "app.example:8080");
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] == null) {
                values.remove(headers[i].toLowerCase(Locale.ROOT));
            } else {
                values.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
            }
        }
        return (HttpServletRequest) Proxy.newProxyInstance(CrossOriginPolicyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getScheme" -> "http";
                    case "getRemoteAddr" -> remote;
                    case "getServerName" -> "app.example";
                    case "getServerPort" -> 8080;
                    case "getHeader" -> values.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsAreNeverRefusedWhateverTheirHeaders(String method) {
        assertNull(policy.judge(request(method, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")));
        assertNull(policy.judge(request(method, "Origin", "https://evil.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "get", "post", "PROPFIND"})
    void everyOtherMethodIsCheckedAlsoInAnotherCase(String method) {
        assertEquals(CrossOriginPolicy.Refusal.OTHER_SITE_FETCH, policy.judge(request(method, "Sec-Fetch-Site", "cross-site")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none"})
    void aFetchFromThisOriginOrTheAddressBarPasses(String fetchSite) {
        assertNull(policy.judge(request("POST", "Sec-Fetch-Site", fetchSite, "Origin", OWN)));
    }

    @Test
    void sameOriginFetchPassesEvenWithAnOriginTheServerSeesOtherwise() {
        // Sec-Fetch-Site is the browser's own word; behind a proxy the Host may differ from what the browser addressed.
        assertNull(policy.judge(request("POST", "Sec-Fetch-Site", "same-origin", "Origin", "https://public.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site", "Same-Origin", "SAME-ORIGIN", "", "same-origin, none", "bogus"})
    void anyOtherFetchSiteIsRefusedEvenWithThisOriginsOrigin(String fetchSite) {
        assertEquals(CrossOriginPolicy.Refusal.OTHER_SITE_FETCH,
                policy.judge(request("POST", "Sec-Fetch-Site", fetchSite, "Origin", OWN)));
    }

    @Test
    void aCrossSiteFetchFromATrustedOriginPasses() {
        assertNull(policy.judge(request("POST", "Sec-Fetch-Site", "cross-site", "Origin", "https://login.example")));
        assertNull(policy.judge(request("POST", "Sec-Fetch-Site", "same-site", "Origin", "HTTPS://LOGIN.example:443")));
    }

    @Test
    void aCrossSiteFetchFromAnUntrustedOriginOrNoneIsRefused() {
        assertEquals(CrossOriginPolicy.Refusal.OTHER_SITE_FETCH,
                policy.judge(request("POST", "Sec-Fetch-Site", "cross-site", "Origin", "http://login.example")));
        assertEquals(CrossOriginPolicy.Refusal.OTHER_SITE_FETCH,
                policy.judge(request("POST", "Sec-Fetch-Site", "cross-site", "Origin", "https://login.example:8443")));
        assertEquals(CrossOriginPolicy.Refusal.OTHER_SITE_FETCH, policy.judge(request("POST", "Sec-Fetch-Site", "cross-site")));
    }

    @Test
    void withoutFetchSiteThisOriginPasses() {
        assertNull(policy.judge(request("POST", "Origin", OWN)));
        assertNull(policy.judge(request("POST", "Origin", "HTTP://App.Example:8080")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://app.example", "http://app.example:8081", "https://app.example:8080",
            "http://evil.app.example:8080", "null", "http://app.example:8080/path", "http://app.example:8080@evil.example",
            "garbage"})
    void withoutFetchSiteAnyOtherOriginIsRefused(String origin) {
        assertEquals(CrossOriginPolicy.Refusal.FOREIGN_ORIGIN, policy.judge(request("POST", "Origin", origin)));
    }

    @Test
    void withoutFetchSiteATrustedOriginPasses() {
        assertNull(policy.judge(request("POST", "Origin", "https://login.example")));
    }

    @Test
    void aRequestWithNeitherHeaderPasses() {
        assertNull(policy.judge(request("POST")));
        assertNull(policy.judge(request("DELETE", "Origin", "")));
    }

    @Test
    void withoutHostTheServersNameAndPortAreTheOwnOrigin() {
        assertNull(policy.judge(request("POST", "Host", null, "Origin", OWN)));
        assertEquals(CrossOriginPolicy.Refusal.FOREIGN_ORIGIN, policy.judge(request("POST", "Host", null, "Origin", "https://evil.example")));
    }

    @Test
    void forwardedProtoAndHostCountFromATrustedProxy() {
        HttpServletRequest behindTls = fromAddress(PROXY, "POST", "Origin", "https://public.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "public.example");
        assertNull(policy.judge(behindTls));
        assertEquals("https://public.example:443", policy.ownOrigin(behindTls));
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() {
        HttpServletRequest direct = fromAddress("192.0.2.7", "POST", "Origin", "https://evil.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
        assertEquals(CrossOriginPolicy.Refusal.FOREIGN_ORIGIN, policy.judge(direct));
        assertEquals(OWN + "", policy.ownOrigin(direct));
    }

    @Test
    void theNearestProxysForwardedValueCountsNotTheClients() {
        HttpServletRequest appended = fromAddress(PROXY, "POST", "Origin", "https://evil.example",
                "X-Forwarded-Proto", "https, https", "X-Forwarded-Host", "evil.example, public.example");
        assertEquals(CrossOriginPolicy.Refusal.FOREIGN_ORIGIN, policy.judge(appended));
        assertEquals("https://public.example:443", policy.ownOrigin(appended));
    }

    @Test
    void aMalformedHostMatchesNoOrigin() {
        assertEquals(CrossOriginPolicy.Refusal.FOREIGN_ORIGIN,
                policy.judge(request("POST", "Host", "app.example:80:80", "Origin", "http://app.example:80")));
    }
}

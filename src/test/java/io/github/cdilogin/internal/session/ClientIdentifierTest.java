package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.SessionProtection;
import io.github.cdilogin.internal.config.ProtectionSettings;
import io.github.cdilogin.test.FakeHttp;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ClientIdentifier}: the container's remote address, {@code X-Forwarded-For} only through trusted
 * proxies and then its nearest untrusted hop (weakness 4 of Flask-Login, which believes the first hop).
 */
class ClientIdentifierTest {

    private static final String PROXY = "10.0.0.1";
    private static final String INNER_PROXY = "10.0.0.2";
    private static final String CLIENT = "203.0.113.7";
    private static final String SPOOFED = "198.51.100.66";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";

    private static final ProtectionSettings NO_PROXIES = new ProtectionSettings(SessionProtection.BASIC, Set.of());
    private static final ProtectionSettings BEHIND_PROXIES =
            new ProtectionSettings(SessionProtection.BASIC, Set.of(PROXY, INNER_PROXY));

    // --- clientAddress -----------------------------------------------------------------------------

    @Test
    void withoutTrustedProxiesTheRemoteAddressCounts() {
        assertEquals(CLIENT, ClientIdentifier.clientAddress(CLIENT, null, NO_PROXIES));
    }

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        assertEquals(PROXY, ClientIdentifier.clientAddress(PROXY, SPOOFED + ", " + CLIENT, NO_PROXIES));
    }

    @Test
    void untrustedRemoteWithForwardedForCountsAsItself() {
        assertEquals(SPOOFED, ClientIdentifier.clientAddress(SPOOFED, CLIENT, BEHIND_PROXIES));
    }

    @Test
    void trustedProxyWithoutForwardedForCountsAsItself() {
        assertEquals(PROXY, ClientIdentifier.clientAddress(PROXY, null, BEHIND_PROXIES));
    }

    @Test
    void trustedProxyGivesTheHopItSaw() {
        assertEquals(CLIENT, ClientIdentifier.clientAddress(PROXY, CLIENT, BEHIND_PROXIES));
    }

    @Test
    void trustedProxyGivesTheRightmostHopThatIsNotAProxy() {
        String forwardedFor = SPOOFED + ", " + CLIENT + ", " + INNER_PROXY;
        assertEquals(CLIENT, ClientIdentifier.clientAddress(PROXY, forwardedFor, BEHIND_PROXIES));
    }

    @Test
    void hopsTheClientWroteBeforeItsOwnAreIgnored() {
        String forwardedFor = "127.0.0.1, " + SPOOFED + "," + CLIENT;
        assertEquals(CLIENT, ClientIdentifier.clientAddress(PROXY, forwardedFor, BEHIND_PROXIES));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheRemoteAddressCounts() {
        String forwardedFor = INNER_PROXY + ", " + PROXY;
        assertEquals(PROXY, ClientIdentifier.clientAddress(PROXY, forwardedFor, BEHIND_PROXIES));
    }

    @Test
    void blankHopsAreSkipped() {
        String forwardedFor = CLIENT + ", ,  ,,";
        assertEquals(CLIENT, ClientIdentifier.clientAddress(PROXY, forwardedFor, BEHIND_PROXIES));
    }

    @Test
    void blankForwardedForFromATrustedProxyCountsAsTheProxy() {
        assertEquals(PROXY, ClientIdentifier.clientAddress(PROXY, "  ", BEHIND_PROXIES));
    }

    // --- of ----------------------------------------------------------------------------------------

    @Test
    void identifierIsStableForTheSameClient() {
        String first = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        String second = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        assertEquals(first, second);
    }

    @Test
    void identifierChangesWithTheUserAgent() {
        String firefox = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        String chrome = ClientIdentifier.of(request(CLIENT, CHROME, null), NO_PROXIES);
        assertNotEquals(firefox, chrome);
    }

    @Test
    void identifierChangesWithTheAddress() {
        String here = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        String there = ClientIdentifier.of(request(SPOOFED, FIREFOX, null), NO_PROXIES);
        assertNotEquals(here, there);
    }

    @Test
    void identifierWithoutAUserAgentDiffersFromOneWithIt() {
        String without = ClientIdentifier.of(request(CLIENT, null, null), NO_PROXIES);
        String with = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        assertNotEquals(without, with);
    }

    @Test
    void identifierIsShort() {
        String id = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        assertTrue(id.length() <= 24, () -> "identifier of " + id.length() + " characters: " + id);
    }

    @Test
    void identifierDoesNotShowTheAddressOrAgent() {
        String id = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        assertTrue(!id.contains(CLIENT) && !id.contains("Mozilla"), () -> "identifier: " + id);
    }

    @Test
    void spoofedForwardedForDoesNotChangeTheIdentifier() {
        String plain = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        String spoofed = ClientIdentifier.of(request(CLIENT, FIREFOX, SPOOFED), NO_PROXIES);
        assertEquals(plain, spoofed);
    }

    @Test
    void clientBehindATrustedProxyHasTheIdentifierOfItsAddress() {
        String direct = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        String proxied = ClientIdentifier.of(request(PROXY, FIREFOX, SPOOFED + ", " + CLIENT), BEHIND_PROXIES);
        assertEquals(direct, proxied);
    }

    @Test
    void forwardedForLineWrittenByTheClientBeforeTheProxysOwnIsNotBelieved() {
        HttpServletRequest twoLines = new FakeHttp.Request(PROXY, FIREFOX)
                .header("X-Forwarded-For", SPOOFED).header("X-Forwarded-For", CLIENT);
        String direct = ClientIdentifier.of(request(CLIENT, FIREFOX, null), NO_PROXIES);
        assertEquals(direct, ClientIdentifier.of(twoLines, BEHIND_PROXIES),
                "identifier follows the client-written X-Forwarded-For line " + SPOOFED);
    }

    // --- a request with an address and a few headers -------------------------------------------

    private static HttpServletRequest request(String remote, String userAgent, String forwardedFor) {
        FakeHttp.Request request = new FakeHttp.Request(remote, userAgent);
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }
}

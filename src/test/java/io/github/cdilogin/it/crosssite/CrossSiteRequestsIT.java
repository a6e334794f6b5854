package io.github.cdilogin.it.crosssite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Login CSRF over real HTTP, with the default {@code cdi-login.cross-origin-protection=login}: a page
 * on another site cannot log anyone in or out, confirm a login or revoke remembered logins, and
 * nothing changes in the session (its id, its login) or the remember-token store (the cookie still
 * restores its login); the application's own pages, the address bar, a trusted origin and clients
 * that send no browser headers are not hindered. The test client is 127.0.0.1, a trusted proxy here.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class CrossSiteRequestsIT {

    private static final String CONTEXT = "cross-site";
    private static final String TRUSTED = "https://login.example.test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CONTEXT, Map.of(
                "cdi-login.trusted-origins", TRUSTED,
                "cdi-login.trusted-proxies", "127.0.0.1"), ItUser.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private URI base;
    private String ownOrigin;
    private HttpBrowser browser;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        ownOrigin = "http://" + base.getHost() + ":" + base.getPort();
        browser = new HttpBrowser(base);
        Response probe = browser.get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    private String events() {
        return new HttpBrowser(base).get("api/probe/events").body();
    }

    private int refusals() {
        return (int) events().lines().filter(line -> line.startsWith("cross-site:")).count();
    }

    private int logins(String user) {
        return lines("login:" + user + ":");
    }

    /** The deployment's event log is shared by every test of this class: each test counts what it adds. */
    private int lines(String prefix) {
        return (int) events().lines().filter(line -> line.startsWith(prefix)).count();
    }

    private static void assertRefused(Response response) {
        assertEquals(403, response.status(), response.toString());
        assertNull(response.header("Location"), response.toString());
        assertNull(response.setCookieHeader("JSESSIONID"), "a refused request got a session cookie: " + response);
        assertNull(response.setCookieHeader("remember_token"), "a refused request got a remember cookie: " + response);
        assertFalse(response.body().contains("Exception"), response.toString());
    }

    private void logIn(HttpBrowser who, String username, String... form) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("username", username));
        for (int i = 0; i < form.length; i += 2) {
            fields.put(form[i], form[i + 1]);
        }
        who.get("login");
        Response login = who.post("login", fields);
        assertEquals(200, login.status(), login.toString());
    }

    private String me(HttpBrowser who) {
        Response me = who.get("api/me");
        return me.status() == 200 ? me.body() : "status " + me.status();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void crossSiteLoginBySecFetchSiteIs403AndLogsNobodyInWithRightCredentials(String fetchSite) {
        browser.get("login");
        String preLoginSession = browser.cookie("JSESSIONID");
        int refusedBefore = refusals();
        int aliceBefore = logins("alice");

        assertRefused(browser.post("login", Map.of("username", "alice"), "Sec-Fetch-Site", fetchSite,
                "Origin", "https://evil.example"));

        assertEquals(preLoginSession, browser.cookie("JSESSIONID"), "the session id changed");
        assertEquals("status 401", me(browser));
        assertEquals(aliceBefore, logins("alice"), "the login ran: " + events());
        assertEquals(refusedBefore + 1, refusals(), "no CrossSiteRequestRefusedEvent: " + events());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "https://127.0.0.1", "http://127.0.0.1:1", "http://localhost"})
    void crossSiteLoginByOriginIs403AndLogsNobodyIn(String origin) {
        int aliceBefore = logins("alice");

        assertRefused(browser.post("login", Map.of("username", "alice"), "Origin", origin));

        assertEquals("status 401", me(browser));
        assertEquals(aliceBefore, logins("alice"), "the login ran: " + events());
    }

    @Test
    void crossSiteLoginLeavesTheEarlierLoginAndItsSessionIdAlone() {
        logIn(browser, "alice");
        String session = browser.cookie("JSESSIONID");

        assertRefused(browser.post("login", Map.of("username", "bob", "remember", "on"), "Sec-Fetch-Site", "cross-site"));

        assertEquals(session, browser.cookie("JSESSIONID"));
        assertEquals("alice Alice fresh=true source=SESSION remembered=false", me(browser));
        assertNull(browser.cookie("remember_token"), "a remember cookie for the attacker's account was set");
    }

    @Test
    void crossSiteLogoutLeavesTheSessionLoggedInAndItsRememberCookieRestoring() {
        logIn(browser, "alice", "remember", "on");
        String session = browser.cookie("JSESSIONID");
        String remember = browser.cookie("remember_token");
        assertNotNull(remember, "no remember cookie at login");
        int logoutsBefore = lines("logout:");

        assertRefused(browser.post("logout", Map.of(), "Sec-Fetch-Site", "cross-site"));
        assertRefused(browser.post("logout", Map.of(), "Origin", "https://evil.example"));

        assertEquals(session, browser.cookie("JSESSIONID"));
        assertEquals(remember, browser.cookie("remember_token"), "the remember cookie was cleared");
        assertEquals("alice Alice fresh=true source=SESSION remembered=false", me(browser));
        HttpBrowser sessionLost = new HttpBrowser(base).withCookie("remember_token", remember);
        assertEquals("alice Alice fresh=false source=COOKIE remembered=true", me(sessionLost),
                "the remember series was revoked in the store");
        assertEquals(logoutsBefore, lines("logout:"), "the logout ran: " + events());
    }

    @Test
    void crossSiteConfirmLeavesTheLoginStaleAndCrossSiteRevocationLeavesTheStoreAlone() {
        logIn(browser, "alice", "fresh", "false", "remember", "on");
        String remember = browser.cookie("remember_token");
        int confirmsBefore = lines("confirmed:");

        assertRefused(browser.post("confirm", Map.of(), "Sec-Fetch-Site", "cross-site"));
        assertRefused(browser.post("revoke-remembered", Map.of(), "Origin", "https://evil.example"));

        assertEquals("alice Alice fresh=false source=SESSION remembered=false", me(browser));
        assertEquals(confirmsBefore, lines("confirmed:"), "the confirm ran: " + events());
        HttpBrowser sessionLost = new HttpBrowser(base).withCookie("remember_token", remember);
        assertEquals("alice Alice fresh=false source=COOKIE remembered=true", me(sessionLost),
                "the remember series was revoked in the store");
    }

    @Test
    void theApplicationsOwnPagesTheAddressBarAndClientsWithoutBrowserHeadersLogInAndOut() {
        List<String[]> ways = List.of(new String[] {"Sec-Fetch-Site", "same-origin", "Origin", ownOrigin},
                new String[] {"Sec-Fetch-Site", "none"}, new String[] {"Origin", ownOrigin}, new String[0]);
        for (String[] headers : ways) {
            HttpBrowser who = new HttpBrowser(base);
            who.get("login");
            Response login = who.post("login", Map.of("username", "alice"), headers);
            assertEquals(200, login.status(), login.toString());
            assertEquals("alice Alice fresh=true source=SESSION remembered=false", me(who), String.join(" ", headers));
            assertEquals(200, who.post("confirm", Map.of(), headers).status(), String.join(" ", headers));
            Response logout = who.post("logout", Map.of(), headers);
            assertEquals(200, logout.status(), logout.toString());
            assertEquals("status 401", me(who), String.join(" ", headers));
        }
    }

    @Test
    void aTrustedOriginLogsIn() {
        Response bySecFetchSite = browser.post("login", Map.of("username", "alice"), "Sec-Fetch-Site", "cross-site",
                "Origin", TRUSTED);
        assertEquals(200, bySecFetchSite.status(), bySecFetchSite.toString());
        HttpBrowser other = new HttpBrowser(base);
        Response byOrigin = other.post("login", Map.of("username", "bob"), "Origin", TRUSTED + ":443");
        assertEquals(200, byOrigin.status(), byOrigin.toString());
        assertTrue(me(other).startsWith("bob "), me(other));
    }

    @Test
    void theOriginATrustedProxyForwardedIsTheRequestsOwn() {
        Response forwarded = browser.post("login", Map.of("username", "alice"), "Origin", "https://public.example.test",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "public.example.test");
        assertEquals(200, forwarded.status(), forwarded.toString());
        assertRefused(new HttpBrowser(base).post("login", Map.of("username", "alice"), "Origin", "https://public.example.test",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "other.example.test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsAreNeverRefused(String method) {
        Response response = browser.send(method, "login", null, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
        assertEquals(200, response.status(), response.toString());
    }

    @Test
    void aRefusalTheClientWantsAsJsonIsJson() {
        Response refused = browser.post("login", Map.of("username", "alice"), "Sec-Fetch-Site", "cross-site",
                "Accept", "application/json");
        assertRefused(refused);
        assertEquals("{\"error\":\"cross-site request\"}", refused.body(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.toString());
    }

    @Test
    void aRefusalAfterTheServletTookItsWriterIsThe403AloneAndLogsNobodyIn() {
        int aliceBefore = logins("alice");

        Response text = browser.post("login", Map.of("username", "alice", "writer", "first"), "Sec-Fetch-Site", "cross-site");
        Response json = browser.post("login", Map.of("username", "alice", "writer", "first"), "Sec-Fetch-Site", "cross-site",
                "Accept", "application/json");

        assertRefused(text);
        assertEquals("This request came from another site, and was refused.\n", text.body(), text.toString());
        assertRefused(json);
        assertEquals("{\"error\":\"cross-site request\"}", json.body(), json.toString());
        assertTrue(json.header("Content-Type").startsWith("application/json"), json.toString());
        assertEquals("status 401", me(browser));
        assertEquals(aliceBefore, logins("alice"), events());
    }

    @Test
    void aJaxRsResourcesCrossSiteLoginIs403JsonAndLogsNobodyIn() {
        int aliceBefore = logins("alice");

        Response refused = browser.post("api/session", Map.of("username", "alice"), "Sec-Fetch-Site", "cross-site");

        assertRefused(refused);
        assertEquals("{\"error\":\"cross-site request\"}", refused.body(), refused.toString());
        assertEquals("status 401", me(browser));
        assertEquals(aliceBefore, logins("alice"), events());
        Response own = browser.post("api/session", Map.of("username", "alice"), "Sec-Fetch-Site", "same-origin");
        assertEquals(200, own.status(), own.toString());
    }

    @Test
    void anUnguardedFormStillTakesCrossSitePostsInLoginMode() {
        int before = Integer.parseInt(browser.get("api/probe/form-posts").body());

        Response posted = browser.post("public-form", Map.of("q", "x"), "Sec-Fetch-Site", "cross-site");

        assertEquals(200, posted.status(), posted.toString());
        assertEquals(before + 1, Integer.parseInt(browser.get("api/probe/form-posts").body()));
    }
}

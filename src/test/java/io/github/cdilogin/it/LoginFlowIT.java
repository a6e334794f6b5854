package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The core over real HTTP on Payara Micro: guards on a JAX-RS resource, a servlet, a path prefix and
 * a CDI bean; login, logout and the session id; the user loader's call count; events; exempt methods.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class LoginFlowIT {

    private static final String CONTEXT = "login-flow";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CONTEXT, Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.login-required-paths", "/admin"), ItUser.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private URI base;
    private HttpBrowser browser;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        browser = new HttpBrowser(base);
        Response probe = browser.get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    private void logIn(HttpBrowser who, String username) {
        who.get("login");
        Response login = who.post("login", Map.of("username", username));
        assertEquals(200, login.status(), login.toString());
    }

    private int loads() {
        return Integer.parseInt(new HttpBrowser(base).get("api/probe/loads").body().trim());
    }

    @Test
    void anonymousJaxRsResourceGets401JsonWithChallengeNeverARedirect() {
        Response me = browser.get("api/me", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(401, me.status(), me.toString());
        assertEquals("{\"error\":\"unauthorized\"}", me.body(), me.toString());
        assertTrue(me.header("Content-Type").startsWith("application/json"), me.toString());
        assertNotNull(me.header("WWW-Authenticate"), me.toString());
        assertNull(me.header("Location"), me.toString());
    }

    @Test
    void anonymousServletIsRedirectedToTheLoginViewWithTheEncodedPathAndQuery() {
        Response profile = browser.get("profile?tab=a&x=1");
        assertEquals(302, profile.status(), profile.toString());
        assertEquals("/" + CONTEXT + "/login?next=%2F" + CONTEXT + "%2Fprofile%3Ftab%3Da%26x%3D1",
                profile.header("Location"), profile.toString());
    }

    @Test
    void anonymousServletRequestThatWantsJsonGets401InsteadOfARedirect() {
        Response profile = browser.get("profile", "Accept", "application/json");
        assertEquals(401, profile.status(), profile.toString());
        assertEquals("{\"error\":\"unauthorized\"}", profile.body(), profile.toString());
        Response ajax = browser.get("profile", "X-Requested-With", "XMLHttpRequest");
        assertEquals(401, ajax.status(), ajax.toString());
    }

    @Test
    void guardedPathPrefixCoversItsSubpathsButNotLookalikes() {
        assertEquals(302, browser.get("admin").status());
        assertEquals(302, browser.get("admin/users").status());
        assertEquals(302, browser.get("./admin/users").status());
        assertEquals(302, browser.get("%61dmin/users").status());
        Response lookalike = browser.get("administrators");
        assertEquals(200, lookalike.status(), lookalike.toString());
    }

    @Test
    void anonymousCallToGuardedBeanIsAnsweredLikeAGuardedServletNotA500() {
        Response fromServlet = browser.get("report");
        assertEquals(302, fromServlet.status(), fromServlet.toString());
        assertEquals("/" + CONTEXT + "/login?next=%2F" + CONTEXT + "%2Freport", fromServlet.header("Location"));
        Response fromResource = browser.get("api/report");
        assertEquals(401, fromResource.status(), fromResource.toString());
        assertEquals("{\"error\":\"unauthorized\"}", fromResource.body(), fromResource.toString());
    }

    /** The report servlet takes its writer before it calls the bean ({@code getWriter().print(reports.monthly())}). */
    @Test
    void aGuardedBeanRefusingAfterTheServletTookItsWriterIsThe401JsonAloneNotA500() {
        int runs = Integer.parseInt(browser.get("api/probe/report-runs").body());

        Response refused = browser.get("report", "Accept", "application/json");

        assertEquals(401, refused.status(), refused.toString());
        assertEquals("{\"error\":\"unauthorized\"}", refused.body(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.toString());
        assertEquals(runs, Integer.parseInt(browser.get("api/probe/report-runs").body()));
    }

    @Test
    void anonymousRequestsCreateNoSession() {
        browser.get("api/public");
        browser.get("api/me");
        browser.get("profile");
        browser.get("api/thrice");
        assertTrue(browser.cookies().isEmpty(), "cookies set for an anonymous visitor: " + browser.cookies());
    }

    @Test
    void loggedInUserPassesEveryGuard() {
        logIn(browser, "alice");
        Response me = browser.get("api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals("alice Alice fresh=true source=SESSION remembered=false", me.body());
        assertEquals("profile of alice", browser.get("profile").body());
        assertEquals("report for alice", browser.get("report").body());
        assertEquals("report for alice", browser.get("api/report").body());
        assertEquals("admin", browser.get("admin/x").body());
        assertEquals(200, browser.get("settings").status());
        assertEquals("fresh", browser.get("api/fresh").body());
    }

    @Test
    void loginIssuesANewSessionIdAndThePreLoginIdCarriesNoLogin() {
        browser.get("login");
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the login page should have started a session: " + browser.cookies());
        Response login = browser.post("login", Map.of("username", "alice"));
        assertEquals(200, login.status(), login.toString());
        String after = browser.cookie("JSESSIONID");
        assertNotEquals(before, after, "the session id did not change at login: " + login);

        HttpBrowser attacker = new HttpBrowser(base).withCookie("JSESSIONID", before);
        Response fixated = attacker.get("api/me");
        assertEquals(401, fixated.status(), "the pre-login session id still carries the login: " + fixated);
    }

    @Test
    void logoutMakesTheUserAnonymousAndTheOldSessionIdDead() {
        logIn(browser, "bob");
        String loggedInSession = browser.cookie("JSESSIONID");
        Response logout = browser.post("logout", Map.of());
        assertEquals("logged out, now true", logout.body(), logout.toString());
        assertEquals(401, browser.get("api/me").status());

        HttpBrowser replay = new HttpBrowser(base).withCookie("JSESSIONID", loggedInSession);
        Response old = replay.get("api/me");
        assertEquals(401, old.status(), "the session id from before logout still logs in: " + old);
    }

    @Test
    void inactiveUserIsRefusedAndNobodyIsLoggedIn() {
        browser.get("login");
        Response login = browser.post("login", Map.of("username", "mallory"));
        assertEquals(403, login.status(), login.toString());
        assertEquals(401, browser.get("api/me").status());
    }

    @Test
    void userLoaderRunsOnceForARequestThatUsesTheUserThreeTimes() {
        logIn(browser, "alice");
        int before = loads();
        Response thrice = browser.get("api/thrice");
        assertEquals("alice alice true", thrice.body(), thrice.toString());
        assertEquals(1, loads() - before, "user loader calls for one request that read the user three times");
    }

    @Test
    void userLoaderNeverRunsForAPublicRequest() {
        logIn(browser, "alice");
        int before = loads();
        assertEquals("public", browser.get("api/public").body());
        assertEquals("public", browser.get("public").body());
        assertEquals(0, loads() - before, "user loader calls for public requests of a logged-in user");
    }

    @Test
    void loginAndLogoutEventsCarryTheUser() {
        HttpBrowser carol = new HttpBrowser(base);
        logIn(carol, "bob");
        carol.post("logout", Map.of());
        String events = new HttpBrowser(base).get("api/probe/events").body();
        int login = events.lastIndexOf("login:bob:fresh");
        int logout = events.lastIndexOf("logout:bob");
        assertTrue(login >= 0 && logout > login, "expected login:bob:fresh then logout:bob in\n" + events);
    }

    @Test
    void optionsPassesTheServletDoorButHeadAndExplicitOptionsMethodsAreGuarded() {
        // MeResource's own @OPTIONS method is application code behind the guard, not the runtime's answer.
        Response options = browser.send("OPTIONS", "api/me", null);
        assertEquals(401, options.status(), options.toString());
        Response servletOptions = browser.send("OPTIONS", "profile", null);
        assertEquals(200, servletOptions.status(), servletOptions.toString());
        Response head = browser.send("HEAD", "api/me", null);
        assertEquals(401, head.status(), head.toString());
        Response servletHead = browser.send("HEAD", "profile", null);
        assertEquals(302, servletHead.status(), servletHead.toString());
    }

    @Test
    void bearerTokenLogsInOneRequestAndNothingIsStoredInTheSession() {
        Response me = browser.get("api/me", "Authorization", "Bearer alice-token");
        assertEquals(200, me.status(), me.toString());
        assertEquals("alice Alice fresh=false source=REQUEST remembered=false", me.body());
        assertTrue(browser.cookies().isEmpty(), "a request-loader login created a session: " + browser.cookies());
        assertEquals(401, browser.get("api/me").status());
        assertTrue(new HttpBrowser(base).get("api/probe/events").body().contains("request:alice"));
    }

    @Test
    void staleLoginIsRefusedByFreshGuardsOnly() {
        browser.get("login");
        browser.post("login", Map.of("username", "alice", "fresh", "false"));
        assertEquals(200, browser.get("profile").status());
        Response settings = browser.get("settings");
        assertEquals(401, settings.status(), "no refresh view is set, so a stale login gets 401: " + settings);
        assertEquals("{\"error\":\"fresh login required\"}", settings.body());
        Response api = browser.get("api/fresh");
        assertEquals(401, api.status(), api.toString());
        assertEquals("{\"error\":\"fresh login required\"}", api.body());
    }

    @Test
    void tamperedSessionCookieIsAnonymousNotAnError() {
        Response tampered = new HttpBrowser(base).withCookie("JSESSIONID", "x".repeat(4000)).get("api/me");
        assertEquals(401, tampered.status(), tampered.toString());
        assertFalse(tampered.body().contains("Exception"), tampered.toString());
    }

    @Test
    void testLoginsHandsAnHttpClientALoggedInSessionFreshOrNot() {
        assumeFalse(Servers.sessionCookieIsNotTheSessionId(),
                "Open Liberty's JSESSIONID is not the session's id, which TestLogins.sessionCookie returns");
        String stale = new HttpBrowser(base).get("test-login?user=bob&fresh=false").body();
        assertTrue(stale.startsWith("JSESSIONID="), stale);
        Response me = new HttpBrowser(base).get("api/me", "Cookie", stale);
        assertEquals("bob Bob fresh=false source=SESSION remembered=false", me.body(), me.toString());

        String fresh = new HttpBrowser(base).get("test-login?user=alice").body();
        Response settings = new HttpBrowser(base).get("settings", "Cookie", fresh);
        assertEquals(200, settings.status(), settings.toString());
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
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
 * Logins that really end (issue 11): a session made from a remember series ends with the series
 * (replayed, revoked), and a password change ends every other session and remember cookie of the user
 * while the browser that changed it stays logged in. Each ended session is proved by the guarded
 * method's run counter, not only by the status.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class SessionsEndIT {

    private static final String CONTEXT = "sessions-end";
    private static final String COOKIE = "remember_token";
    private static final String SESSION = "JSESSIONID";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CONTEXT, Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.remember-cookie.rotation-grace", "PT1S"), ItUser.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        Response probe = new HttpBrowser(base).get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    private HttpBrowser login(String username, boolean remember) {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Response login = browser.post("login", remember ? Map.of("username", username, "remember", "on")
                : Map.of("username", username));
        assertEquals(200, login.status(), login.toString());
        if (remember) {
            assertNotNull(browser.cookie(COOKIE), "no remember cookie after a remembered login: " + login);
        }
        return browser;
    }

    /** Only the session cookie of {@code browser}: what it gets must come from the session, not the remember cookie. */
    private HttpBrowser sessionOnly(HttpBrowser browser) {
        String session = browser.cookie(SESSION);
        assertNotNull(session, "no session cookie: " + browser.cookies());
        return new HttpBrowser(base).withCookie(SESSION, session);
    }

    private HttpBrowser rememberCookieOnly(String value) {
        return new HttpBrowser(base).withCookie(COOKIE, value);
    }

    private int reportRuns() {
        return Integer.parseInt(new HttpBrowser(base).get("api/probe/report-runs").body());
    }

    /** Asserts that {@code browser}'s login ended: refused, and the guarded method did not run. */
    private void assertEnded(HttpBrowser browser, String who) {
        int before = reportRuns();
        Response report = browser.get("api/report");
        assertEquals(401, report.status(), who + " is still logged in: " + report);
        assertEquals(before, reportRuns(), who + ": the guarded method ran for an ended login");
    }

    private void assertLoggedIn(HttpBrowser browser, String who) {
        int before = reportRuns();
        Response report = browser.get("api/report");
        assertEquals(200, report.status(), who + " should be logged in: " + report);
        assertEquals(before + 1, reportRuns(), who);
    }

    @Test
    void thiefsSessionEndsWhenTheVictimsVisitRevealsTheReplay() throws Exception {
        HttpBrowser victim = login("bob", true);
        String stolen = victim.cookie(COOKIE);
        HttpBrowser thief = rememberCookieOnly(stolen);
        assertEquals(200, thief.get("api/me").status(), "the stolen cookie logs the thief in");
        HttpBrowser thiefsSession = sessionOnly(thief);
        assertLoggedIn(thiefsSession, "the thief's session, before the replay is known");
        // The thief goes on with the value it was sent: a copy used only once would look like a lost response.
        assertEquals(200, rememberCookieOnly(thief.cookie(COOKIE)).get("api/me").status(), "the thief's rotated cookie");
        Thread.sleep(1_500);
        Response replay = rememberCookieOnly(stolen).get("api/me");
        assertEquals(401, replay.status(), "the victim's rotated-away cookie must reveal the replay: " + replay);
        assertTrue(new HttpBrowser(base).get("api/probe/events").body().contains("replayed:bob"));
        assertEnded(thiefsSession, "the thief's session, after the replay");
        assertEnded(rememberCookieOnly(thief.cookie(COOKIE)), "the thief's rotated cookie");
    }

    @Test
    void revokeRememberedLoginsEndsEverySessionThatCameFromThoseSeries() {
        HttpBrowser laptop = login("alice", true);
        HttpBrowser phone = login("alice", true);
        HttpBrowser tablet = rememberCookieOnly(login("alice", true).cookie(COOKIE));
        assertEquals("alice Alice fresh=false source=COOKIE remembered=true", tablet.get("api/me").body());
        HttpBrowser phoneSession = sessionOnly(phone);
        HttpBrowser tabletSession = sessionOnly(tablet);
        assertLoggedIn(phoneSession, "the phone");
        assertLoggedIn(tabletSession, "the tablet");
        assertEquals("revoked", laptop.post("revoke-remembered", Map.of()).body());
        assertEnded(phoneSession, "the phone's session made with a remember series");
        assertEnded(tabletSession, "the tablet's session restored from a remember cookie");
    }

    @Test
    void sessionWithoutASeriesIsNotTouchedByRevocation() {
        HttpBrowser laptop = login("alice", true);
        HttpBrowser desktop = login("alice", false);
        laptop.post("revoke-remembered", Map.of());
        assertLoggedIn(sessionOnly(desktop), "a session made without remember me");
    }

    @Test
    void passwordChangeEndsTheUsersOtherSessionsAndRememberCookiesWhileThisOneStays() {
        HttpBrowser laptop = login("alice", true);
        HttpBrowser phone = login("alice", true);
        HttpBrowser desktop = login("alice", false);
        String phoneCookie = phone.cookie(COOKIE);
        String oldLaptopCookie = laptop.cookie(COOKIE);
        String oldLaptopSession = laptop.cookie(SESSION);
        HttpBrowser bob = login("bob", false);

        Response change = laptop.post("change-password", Map.of());
        assertEquals("changed", change.body(), change.toString());
        assertNotNull(change.setCookieHeader(COOKIE), "this browser gets a re-stamped remember cookie: " + change);
        assertNotEquals(oldLaptopCookie, laptop.cookie(COOKIE));
        assertNotEquals(oldLaptopSession, laptop.cookie(SESSION), "a password change renews the session id");

        assertLoggedIn(sessionOnly(laptop), "the laptop that changed the password");
        assertLoggedIn(rememberCookieOnly(laptop.cookie(COOKIE)), "the laptop's new remember cookie");
        assertEnded(sessionOnly(phone), "the phone's session");
        assertEnded(sessionOnly(desktop), "the desktop's session, made without remember me");
        assertEnded(rememberCookieOnly(phoneCookie), "the phone's remember cookie");
        assertEnded(rememberCookieOnly(oldLaptopCookie), "the laptop's old remember cookie");
        assertLoggedIn(bob, "another user");
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.callers.CallerBean;
import io.github.cdilogin.it.identity.IdentityApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code cdi-login.container-identity=jakarta-security} where a login starts or ends in the request itself:
 * a remember cookie restores the caller the container sees in that same request; a spent or tampered cookie,
 * strong session protection, a changed auth stamp, a revoked device and {@code LoginManager.logout()} leave
 * the container nobody (and the EJB's admin-only method unrun); {@code request.authenticate} answers as the
 * guards do. In every request the container's caller (EJB and servlet) and {@code @CurrentUser} agree.
 */
@DisabledIf(value = "io.github.cdilogin.it.support.Servers#lacksJakartaAuthentication30",
        disabledReason = "a Jakarta EE 9.1 server (TomEE 9) has no Jakarta Authentication 3.0: the mode fails the deployment with CDILOGIN-017")
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ContainerIdentityJakartaSecurityEndsIT {

    private static final String COOKIE = "remember_token";
    private static final String ALICE = "caller=alice admin=true principal=alice currentUser=alice";
    private static final String BOB = "caller=bob admin=false principal=bob currentUser=bob";
    /**
     * Nobody to the container and to {@code @CurrentUser}: the EJB's caller is {@code null} or the container's
     * own unauthenticated principal (WildFly's {@code anonymous}, Payara's {@code ANONYMOUS}), never a user.
     */
    private static final Pattern NOBODY = Pattern.compile("caller=(?!alice |bob )\\S+ admin=false principal=null currentUser=null");
    private static final String RAN = "admin ejb ran";
    private static final String REFUSED = "refused";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("caller-ends", Map.of(
                        "cdi-login.container-identity", "jakarta-security",
                        "cdi-login.session-protection", "strong",
                        "cdi-login.login-view", "/login-page",
                        "cdi-login.remember-cookie.rotation-grace", "PT2S"),
                IdentityApi.class.getPackage(), CallerBean.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        Response probe = new HttpBrowser(base).get("loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    private HttpBrowser loggedIn(String username, boolean remember, String... headers) {
        HttpBrowser browser = new HttpBrowser(base);
        Map<String, String> form = remember ? Map.of("username", username, "remember", "on") : Map.of("username", username);
        Response login = browser.post("login", form, headers);
        assertEquals(200, login.status(), login.toString());
        if (remember) {
            assertNotNull(browser.cookie(COOKIE), "no remember cookie after a remembered login: " + login);
        }
        return browser;
    }

    private HttpBrowser withRememberCookieOnly(String value) {
        return new HttpBrowser(base).withCookie(COOKIE, value);
    }

    private static String body(Response response) {
        assertEquals(200, response.status(), response.toString());
        return response.body();
    }

    /** {@code /ends/all}: the EJB's caller, the servlet's principal, {@code @CurrentUser}, then the admin-only method's answer. */
    private static void assertAll(String seen, String adminOnly, Response response) {
        assertEquals(seen + " | " + adminOnly, body(response), response.toString());
    }

    private static void assertNobody(Response response) {
        String[] seen = body(response).split(" \\| ");
        assertTrue(seen.length == 2 && NOBODY.matcher(seen[0]).matches() && seen[1].equals(REFUSED),
                "expected nobody to the container and to @CurrentUser, the admin method refused; got " + response);
    }

    private int ejbRuns() {
        return Integer.parseInt(body(new HttpBrowser(base).get("ejb/runs")));
    }

    @Test
    void aRememberCookieAloneGivesTheContainerItsCallerInThatRequestAndTheNewCookiesCarryOn() {
        String remembered = loggedIn("alice", true).cookie(COOKIE);
        HttpBrowser returning = withRememberCookieOnly(remembered);
        int runs = ejbRuns();
        Response restored = returning.get("ends/all");
        assertAll(ALICE, RAN, restored);
        assertEquals(runs + 1, ejbRuns());
        assertNotNull(restored.setCookieHeader(COOKIE), "the rotated remember cookie did not reach the browser: " + restored);
        assertNotEquals(remembered, returning.cookie(COOKIE), "the remember cookie was not rotated: " + restored);
        assertNotNull(returning.cookie("JSESSIONID"), "no session cookie after the restore: " + restored);
        assertAll(ALICE, RAN, returning.get("ends/all"));
        assertEquals(runs + 2, ejbRuns());
    }

    @Test
    void aSpentRememberCookieIsNobodyToTheContainerAndToCurrentUserAndTheAdminMethodDoesNotRun() throws Exception {
        String spent = loggedIn("alice", true).cookie(COOKIE);
        HttpBrowser first = withRememberCookieOnly(spent);
        assertAll(ALICE, RAN, first.get("ends/all"));
        // The rotated value is presented once, so the spent one can no longer be a lost response's.
        assertAll(ALICE, RAN, withRememberCookieOnly(first.cookie(COOKIE)).get("ends/all"));
        Thread.sleep(2_500); // past cdi-login.remember-cookie.rotation-grace
        int runs = ejbRuns();
        assertNobody(withRememberCookieOnly(spent).get("ends/all"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a spent remember cookie");
    }

    @Test
    void aTamperedOrTruncatedRememberCookieIsNobodyNeverAnError() {
        String value = loggedIn("alice", true).cookie(COOKIE);
        // One character changed where all its bits count (a last Base64 character may carry unused ones).
        int at = value.length() - 5;
        String changed = value.substring(0, at) + (value.charAt(at) == 'A' ? 'B' : 'A') + value.substring(at + 1);
        List<String> hostile = List.of(changed,
                value.substring(0, value.length() / 2), value + "A", "not-a-token", "%00%ff", "a.b.c.d");
        int runs = ejbRuns();
        for (String cookie : hostile) {
            assertNobody(withRememberCookieOnly(cookie).get("ends/all"));
        }
        assertEquals(runs, ejbRuns(), "the admin method ran for a hostile remember cookie");
    }

    @Test
    void aStrongProtectionLogoutIsNobodyToTheContainerInThatRequestAndTheAdminMethodDoesNotRun() {
        HttpBrowser alice = loggedIn("alice", false, "User-Agent", "Agent A");
        assertAll(ALICE, RAN, alice.get("ends/all", "User-Agent", "Agent A"));
        int runs = ejbRuns();
        assertNobody(alice.get("ends/all", "User-Agent", "Agent B"));
        // The session is gone, not only hidden from the other client.
        assertNobody(alice.get("ends/all", "User-Agent", "Agent A"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a session strong protection ended");
    }

    @Test
    void aPasswordChangeOnOneBrowserIsNobodyToTheContainerOnTheOtherAtItsNextRequest() {
        HttpBrowser changing = loggedIn("alice", false);
        HttpBrowser other = loggedIn("alice", true);
        assertAll(ALICE, RAN, other.get("ends/all"));
        assertEquals("changed alice", body(changing.post("password", Map.of())));
        int runs = ejbRuns();
        assertNobody(other.get("ends/all"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a login a password change ended");
        // The browser that changed it keeps its login, under the new stamp.
        assertAll(ALICE, RAN, changing.get("ends/all"));
    }

    @Test
    void anAuthStampChangedInTheStoreIsNobodyToTheContainerAtTheSessionsNextRequest() {
        HttpBrowser alice = loggedIn("alice", false);
        assertAll(ALICE, RAN, alice.get("ends/all"));
        assertEquals("stamped", body(new HttpBrowser(base).post("stamp", Map.of("username", "alice"))));
        int runs = ejbRuns();
        assertNobody(alice.get("ends/all"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a login its new stamp ended");
    }

    @Test
    void aRevokedDeviceIsNobodyToTheContainerAtItsSessionsNextRequest() {
        HttpBrowser phone = loggedIn("alice", true);
        HttpBrowser laptop = loggedIn("alice", true);
        assertAll(ALICE, RAN, phone.get("ends/all"));
        String phoneDevice = body(phone.get("ends/devices"));
        assertFalse(phoneDevice.isEmpty() || phoneDevice.contains(","), phoneDevice);
        assertEquals("revoked true", body(laptop.post("ends/devices", Map.of("device", phoneDevice))));
        int runs = ejbRuns();
        assertNobody(phone.get("ends/all"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a session of a revoked device");
        assertAll(ALICE, RAN, laptop.get("ends/all"));
    }

    @Test
    void revokingTheOtherDevicesIsNobodyToTheContainerOnThemAtTheirNextRequest() {
        HttpBrowser phone = loggedIn("alice", true);
        HttpBrowser laptop = loggedIn("alice", true);
        assertAll(ALICE, RAN, phone.get("ends/all"));
        assertEquals("revoked others", body(laptop.post("ends/devices", Map.of("others", "on"))));
        int runs = ejbRuns();
        assertNobody(phone.get("ends/all"));
        assertEquals(runs, ejbRuns(), "the admin method ran for a session of a revoked device");
        assertAll(ALICE, RAN, laptop.get("ends/all"));
    }

    @Test
    void logoutEndsTheContainersCallerForTheRestOfThatRequest() {
        HttpBrowser alice = loggedIn("alice", true);
        int runs = ejbRuns();
        String logout = body(alice.post("ends/logout", Map.of()));
        String[] seen = logout.split(" \\| ");
        assertTrue(seen.length == 3 && seen[0].equals(ALICE) && NOBODY.matcher(seen[1]).matches() && seen[2].equals(REFUSED),
                "expected alice before the logout, nobody after it and the admin method refused; got " + logout);
        assertEquals(runs, ejbRuns(), "the admin method ran after the logout");
        assertNobody(alice.get("ends/all"));
    }

    @Test
    void authenticateIsTrueForTheCallerWithItsPrincipalSet() {
        HttpBrowser alice = loggedIn("alice", false);
        String before = body(new HttpBrowser(base).get("ends/authenticate/runs"));
        assertEquals("authenticated " + ALICE, body(alice.get("ends/authenticate")));
        assertEquals(runs(before, 1, 0), body(new HttpBrowser(base).get("ends/authenticate/runs")));
    }

    @Test
    void authenticateIsFalseForNobodyWithTheGuardsAnswerALoginRedirectForAPageAnd401JsonForAnApi() {
        String before = body(new HttpBrowser(base).get("ends/authenticate/runs"));
        Response api = new HttpBrowser(base).get("ends/authenticate", "Accept", "application/json");
        assertEquals(401, api.status(), api.toString());
        assertEquals("{\"error\":\"unauthorized\"}", api.body(), api.toString());
        if (Servers.cannotRedirectFromAuthenticate()) {
            assertEquals(runs(before, 0, 1), body(new HttpBrowser(base).get("ends/authenticate/runs")));
            return;
        }
        Response page = new HttpBrowser(base).get("ends/authenticate", "Accept", "text/html");
        assertEquals(302, page.status(), page.toString());
        String location = page.header("Location");
        assertNotNull(location, page.toString());
        assertTrue(location.contains("/caller-ends/login-page?next="), page.toString());
        assertEquals(runs(before, 0, 2), body(new HttpBrowser(base).get("ends/authenticate/runs")));
    }

    @Test
    void aLoginOfAnotherUserInTheRequestIsThatUserToTheContainerForTheRestOfItNeverTheOneBefore() {
        HttpBrowser browser = loggedIn("alice", false);
        int runs = ejbRuns();
        String[] toBob = body(browser.post("ends/switch", Map.of("username", "bob"))).split(" \\| ");
        assertEquals(List.of(ALICE, BOB, REFUSED), List.of(toBob),
                "expected alice before the login, bob after it (EJB, servlet, @CurrentUser) and the admin method refused");
        assertEquals(runs, ejbRuns(), "the admin method ran for alice after bob's login");
        assertAll(BOB, REFUSED, browser.get("ends/all"));
        // And back: the admin's login in bob's request lets the admin method run for the admin, in that request.
        String[] toAlice = body(browser.post("ends/switch", Map.of("username", "alice"))).split(" \\| ");
        assertEquals(List.of(BOB, ALICE, RAN), List.of(toAlice),
                "expected bob before the login, alice after it and the admin method run for her");
        assertEquals(runs + 1, ejbRuns());
        assertAll(ALICE, RAN, browser.get("ends/all"));
    }

    @Test
    void aLoginAfterALogoutInTheSameRequestIsTheNewUserToTheContainer() {
        HttpBrowser browser = loggedIn("alice", false);
        int runs = ejbRuns();
        String[] seen = body(browser.post("ends/relogin", Map.of("username", "bob"))).split(" \\| ");
        assertEquals(List.of(ALICE, BOB, REFUSED), List.of(seen),
                "expected alice before, bob after the logout and login (EJB, servlet, @CurrentUser), the admin method refused");
        assertEquals(runs, ejbRuns(), "the admin method ran after alice's logout and bob's login");
        assertAll(BOB, REFUSED, browser.get("ends/all"));
    }

    @Test
    void authenticateOnACommittedResponseIsNeverTrueForNobodyAndTheAdminMethodDoesNotRun() {
        int runs = ejbRuns();
        for (String accept : List.of("text/html", "application/json")) {
            Response response = new HttpBrowser(base).get("ends/authenticate?committed=on", "Accept", accept);
            String[] seen = body(response).split(" \\| ");
            assertTrue(seen.length == 4 && seen[0].equals("committed")
                            && List.of("false", "ServletException", "IllegalStateException").contains(seen[1])
                            && NOBODY.matcher(seen[2]).matches() && seen[3].equals(REFUSED),
                    "expected authenticate false (or refused), nobody to the container and the admin method refused; got "
                            + response);
            // The server's own answer, for the README's table (failsafe keeps it in the test's output file).
            System.out.println("authenticate for nobody on a committed response (" + accept + "): " + seen[1]);
        }
        assertEquals(runs, ejbRuns(), "the admin method ran for nobody after authenticate on a committed response");
        // A caller is still a caller there (WildFly refuses the question itself once the response is committed).
        String answer = Servers.refusesAuthenticateOnACommittedResponse() ? "IllegalStateException" : "true";
        assertEquals("committed | " + answer + " | " + ALICE + " | " + RAN,
                body(loggedIn("alice", false).get("ends/authenticate?committed=on")));
        assertEquals(runs + 1, ejbRuns());
    }

    @Test
    void aPermitAllResourceStaysOpenToNobody() {
        // Payara's own @RolesAllowed feature authenticates every request of a @PermitAll method.
        Response open = new HttpBrowser(base).get("api/admin/open");
        assertEquals("open to all", body(open));
        assertEquals("open to all", body(loggedIn("bob", false).get("api/admin/open")));
    }

    /** @return {@code before}'s counts of {@code true} and {@code false}, moved on */
    private static String runs(String before, int moreTrue, int moreFalse) {
        String[] counts = before.split(" ");
        int trues = Integer.parseInt(counts[0].substring("true=".length()));
        int falses = Integer.parseInt(counts[1].substring("false=".length()));
        return "true=" + (trues + moreTrue) + " false=" + (falses + moreFalse);
    }
}

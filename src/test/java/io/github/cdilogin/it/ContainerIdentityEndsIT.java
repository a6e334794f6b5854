package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.cdilogin.it.identity.IdentityApi;
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
 * {@code cdi-login.container-identity=request} when a login ends other than by the user's own logout: a
 * strong-protection logout, an auth-stamp change and a revocation end what the container says in the
 * request that ends the login, from its first question, and a {@code @CurrentUser} injection always says
 * the same as the container's principal (servlet and JAX-RS), whatever happened to the login.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ContainerIdentityEndsIT {

    private static final String NOBODY = "remoteUser=null principal=null admin=false authType=null currentUser=null";
    private static final String ALICE = "remoteUser=alice principal=alice admin=true authType=cdi-login currentUser=alice";
    private static final String BOB = "remoteUser=bob principal=bob admin=false authType=cdi-login currentUser=bob";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("identity-ends",
                Map.of("cdi-login.session-protection", "strong", "cdi-login.container-identity", "request"),
                IdentityApi.class.getPackage());
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
        return browser;
    }

    private static void assertBody(String expected, Response response) {
        assertEquals(200, response.status(), response.toString());
        assertEquals(expected, response.body(), response.toString());
    }

    @Test
    void aLoginOfAnotherUserInTheRequestIsThatUserToTheRequestForTheRestOfItNeverTheOneBefore() {
        HttpBrowser browser = loggedIn("alice", false);
        assertBody(ALICE + " | " + BOB, browser.post("agree", Map.of("username", "bob")));
        assertBody(BOB, browser.get("agree"));
        assertBody("principal=bob currentUser=bob", browser.get("api/agree"));
        assertBody(BOB + " | " + ALICE, browser.post("agree", Map.of("username", "alice")));
        assertBody(ALICE, browser.get("agree"));
    }

    @Test
    void theCurrentUserAndTheContainersPrincipalAgreeForNobodyAUserAndAcrossALogout() {
        assertBody(NOBODY, new HttpBrowser(base).get("agree"));
        assertBody("principal=null currentUser=null", new HttpBrowser(base).get("api/agree"));
        HttpBrowser bob = loggedIn("bob", false);
        assertBody(BOB, bob.get("agree"));
        assertBody("principal=bob currentUser=bob", bob.get("api/agree"));
        HttpBrowser alice = loggedIn("alice", false);
        assertBody(ALICE, alice.get("agree"));
        assertBody(ALICE + " | " + NOBODY, alice.post("agree", Map.of()));
        assertBody(NOBODY, alice.get("agree"));
        assertBody("principal=null currentUser=null", alice.get("api/agree"));
    }

    @Test
    void theServletApisLogoutEndsTheLoginInTheSameRequestAndForTheSession() {
        HttpBrowser alice = loggedIn("alice", true);
        String session = alice.cookie("JSESSIONID");
        assertBody(ALICE + " | " + NOBODY, alice.post("agree", Map.of("platform", "on")));
        assertBody(NOBODY, alice.get("agree"));
        assertBody(NOBODY, new HttpBrowser(base).withCookie("JSESSIONID", session).get("agree"));
    }

    @Test
    void aStrongProtectionLogoutEndsTheIdentityInTheRequestFromAnotherClient() {
        HttpBrowser alice = loggedIn("alice", false, "User-Agent", "Agent A");
        assertBody(ALICE, alice.get("agree", "User-Agent", "Agent A"));
        assertBody(NOBODY, alice.get("agree", "User-Agent", "Agent B"));
        // The session is gone, not only hidden from the other client.
        assertBody(NOBODY, alice.get("agree", "User-Agent", "Agent A"));
        assertBody("principal=null currentUser=null", alice.get("api/agree", "User-Agent", "Agent A"));
    }

    @Test
    void aStrongProtectionLogoutReachesJaxRsAndRolesAllowedInTheSameRequest() {
        HttpBrowser alice = loggedIn("alice", false, "User-Agent", "Agent A");
        int runs = adminRuns();
        Response stolen = alice.get("api/admin", "User-Agent", "Agent B");
        assertEquals(401, stolen.status(), stolen.toString());
        assertEquals(runs, adminRuns(), "the admin resource ran for a session strong protection ended");
    }

    @Test
    void anAuthStampChangeEndsTheIdentityAtTheSessionsNextRequest() {
        HttpBrowser alice = loggedIn("alice", false);
        assertBody(ALICE, alice.get("agree"));
        assertBody("stamped", new HttpBrowser(base).post("stamp", Map.of("username", "alice")));
        int runs = adminRuns();
        Response refused = alice.get("api/admin");
        assertEquals(401, refused.status(), refused.toString());
        assertEquals(runs, adminRuns(), "the admin resource ran for a login its new stamp ended");
        assertBody(NOBODY, alice.get("agree"));
        // A new login carries the new stamp and stands.
        assertBody(ALICE, loggedIn("alice", false).get("agree"));
    }

    @Test
    void aRevocationEndsTheIdentityOfTheSessionsMadeWithTheSeries() {
        HttpBrowser alice = loggedIn("alice", true);
        assertNotNull(alice.cookie("remember_token"), "no remember cookie after a remembered login: " + alice.cookies());
        HttpBrowser sessionOnly = new HttpBrowser(base).withCookie("JSESSIONID", alice.cookie("JSESSIONID"));
        assertBody(ALICE, sessionOnly.get("agree"));
        assertBody("revoked", new HttpBrowser(base).post("revoke", Map.of("username", "alice")));
        assertBody(NOBODY, sessionOnly.get("agree"));
        assertBody("principal=null currentUser=null", alice.get("api/agree"));
        assertBody(NOBODY, alice.get("agree"));
    }

    private int adminRuns() {
        String body = new HttpBrowser(base).get("loads").body();
        return Integer.parseInt(body.substring(body.indexOf("adminRuns=") + "adminRuns=".length()));
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.cdilogin.it.identity.IdentityApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code cdi-login.container-identity=request}: servlets and JAX-RS see the cdi-login user
 * through the platform's own API, roles included; {@code @RolesAllowed} on a JAX-RS resource answers 401
 * or 403 JSON and the resource does not run; a logout ends the identity at once; a request that never
 * asks loads nobody.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ContainerIdentityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("identity", Map.of("cdi-login.container-identity", "request"), IdentityApi.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private HttpBrowser loggedIn(String username) {
        HttpBrowser browser = new HttpBrowser(Loopback.base(deployed));
        Response login = browser.post("login", Map.of("username", username));
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    private static void assertBody(String expected, Response response) {
        assertEquals(200, response.status(), response.toString());
        assertEquals(expected, response.body(), response.toString());
    }

    @Test
    void aServletSeesTheLoggedInUserAsRemoteUserPrincipalAndRoles() {
        assertBody("remoteUser=alice principal=alice admin=true authType=cdi-login", loggedIn("alice").get("who"));
        assertBody("remoteUser=bob principal=bob admin=false authType=cdi-login", loggedIn("bob").get("who"));
    }

    @Test
    void theLoginIsSeenByTheRestOfTheRequestThatMadeIt() {
        HttpBrowser browser = new HttpBrowser(Loopback.base(deployed));
        assertBody("remoteUser=alice principal=alice admin=true authType=cdi-login",
                browser.post("login", Map.of("username", "alice")));
    }

    @Test
    void anAnonymousRequestSeesNobody() {
        assertBody("remoteUser=null principal=null admin=false authType=null", new HttpBrowser(Loopback.base(deployed)).get("who"));
    }

    @Test
    void jaxRsSecurityContextSeesTheUserThroughTheServletRequest() {
        String scheme = Servers.jaxRsSchemeIsNotTheAuthType() ? "null" : "cdi-login";
        assertBody("principal=alice remoteUser=alice admin=true scheme=" + scheme, loggedIn("alice").get("api/whoami"));
        assertBody("principal=bob remoteUser=bob admin=false scheme=" + scheme, loggedIn("bob").get("api/whoami"));
        assertBody("principal=null remoteUser=null admin=false scheme=null", new HttpBrowser(Loopback.base(deployed)).get("api/whoami"));
    }

    @Test
    void rolesAllowedRefusesAnonymousWith401JsonAndTheResourceDoesNotRun() {
        HttpBrowser anonymous = new HttpBrowser(Loopback.base(deployed));
        int runs = adminRuns();
        Response refused = anonymous.get("api/admin");
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("{\"error\":\"unauthorized\"}", refused.body(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.toString());
        assertEquals(401, anonymous.get("api/admin/closed").status());
        assertEquals(runs, adminRuns());
    }

    @Test
    void rolesAllowedRefusesAUserWithoutTheRoleWith403JsonAndTheResourceDoesNotRun() {
        HttpBrowser bob = loggedIn("bob");
        int runs = adminRuns();
        Response refused = bob.get("api/admin");
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("{\"error\":\"forbidden\"}", refused.body(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.toString());
        assertEquals(runs, adminRuns());
    }

    @Test
    void rolesAllowedLetsTheAdminInOnce() {
        assumeFalse(Servers.refusesRolesAllowedToALibraryUser(), "Payara 7's own @RolesAllowed filter refuses her (see Servers)");
        HttpBrowser alice = loggedIn("alice");
        int runs = adminRuns();
        assertBody("admin area", alice.get("api/admin"));
        assertEquals(runs + 1, adminRuns());
    }

    @Test
    void denyAllRefusesEvenTheAdminAndTheResourceDoesNotRun() {
        HttpBrowser alice = loggedIn("alice");
        int runs = adminRuns();
        Response closed = alice.get("api/admin/closed");
        assertEquals(403, closed.status(), closed.toString());
        assertEquals("{\"error\":\"forbidden\"}", closed.body(), closed.toString());
        assertEquals(runs, adminRuns());
    }

    @Test
    void permitAllOnAMethodOpensItInsideARolesAllowedClass() {
        assertBody("open to all", new HttpBrowser(Loopback.base(deployed)).get("api/admin/open"));
    }

    @Test
    void theIdentityIsGoneAfterLogoutInTheSameRequestTheNextAndForAKeptSessionCookie() {
        HttpBrowser alice = loggedIn("alice");
        String session = alice.cookie("JSESSIONID");
        assertBody("remoteUser=alice principal=alice admin=true authType=cdi-login"
                + " | remoteUser=null principal=null admin=false authType=null", alice.post("logout", Map.of()));
        assertBody("remoteUser=null principal=null admin=false authType=null", alice.get("who"));
        assertBody("principal=null remoteUser=null admin=false scheme=null", alice.get("api/whoami"));
        HttpBrowser replay = new HttpBrowser(Loopback.base(deployed)).withCookie("JSESSIONID", session);
        assertBody("remoteUser=null principal=null admin=false authType=null", replay.get("who"));
        assertEquals(401, replay.get("api/admin").status());
    }

    @Test
    void aRequestThatNeverAsksWhoIsThereLoadsNobodyAndOneThatAsksLoadsOnce() {
        HttpBrowser alice = loggedIn("alice");
        // GlassFish and Payara ask every request for its principal before the servlet runs (see Servers).
        int container = Servers.asksForThePrincipalBeforeEveryServlet() ? 1 : 0;
        int before = loads(alice);
        assertEquals(before + container, loads(alice), "a public page of a logged-in user loaded the user");
        alice.get("who"); // four questions, one load
        assertEquals(before + container + 1 + container, loads(alice), "asking the request who is there loads the user once");
    }

    private int adminRuns() {
        String body = new HttpBrowser(Loopback.base(deployed)).get("loads").body();
        return Integer.parseInt(body.substring(body.indexOf("adminRuns=") + "adminRuns=".length()));
    }

    private static int loads(HttpBrowser browser) {
        String body = browser.get("loads").body();
        return Integer.parseInt(body.substring("loads=".length(), body.indexOf(' ')));
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * {@code cdi-login.container-identity=jakarta-security}: the container itself knows the cdi-login user, so
 * an EJB's {@code getCallerPrincipal()} and {@code @RolesAllowed}, Jakarta Security's {@code SecurityContext},
 * JAX-RS and the servlet API all see it; a refused EJB method does not run, and its refusal is answered as in
 * every mode ({@link EjbRefusalAnswers}); an anonymous request loads nobody; a logout ends the container's
 * identity in the same request.
 */
@DisabledIf(value = "io.github.cdilogin.it.support.Servers#lacksJakartaAuthentication30",
        disabledReason = "a Jakarta EE 9.1 server (TomEE 9) has no Jakarta Authentication 3.0: the mode fails the deployment with CDILOGIN-017")
class ContainerIdentityJakartaSecurityIT extends EjbRefusalAnswers {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return war("callers", "jakarta-security");
    }

    private static String body(Response response) {
        assertEquals(200, response.status(), response.toString());
        return response.body();
    }

    private static void assertStarts(String expected, Response response) {
        assertTrue(body(response).startsWith(expected), "expected " + expected + "..., got " + response);
    }

    @Test
    void aServletSeesTheCallerTheContainerWasToldWithItsRoles() {
        assertStarts("remoteUser=alice principal=alice admin=true", loggedIn("alice").get("who"));
        assertStarts("remoteUser=bob principal=bob admin=false", loggedIn("bob").get("who"));
    }

    @Test
    void jaxRsSecurityContextSeesTheCaller() {
        assertStarts("principal=alice remoteUser=alice admin=true", loggedIn("alice").get("api/whoami"));
        assertStarts("principal=bob remoteUser=bob admin=false", loggedIn("bob").get("api/whoami"));
    }

    @Test
    void jakartaSecuritySecurityContextSeesTheCaller() {
        assertEquals("caller=alice admin=true", body(loggedIn("alice").get("api/caller")));
        assertEquals("caller=bob admin=false", body(loggedIn("bob").get("api/caller")));
        assertAnonymousCaller(body(anonymous().get("api/caller")));
    }

    /** Nobody: {@code null} as the specification says, or (WildFly) the container's own anonymous principal. */
    private static void assertAnonymousCaller(String seen) {
        assertTrue(seen.equals("caller=null admin=false") || seen.equals("caller=anonymous admin=false"), seen);
    }

    @Test
    void anEjbSeesTheCallerFromAServletAndFromJaxRs() {
        assertEquals("caller=alice admin=true principal=alice currentUser=alice", body(loggedIn("alice").get("ejb")));
        assertEquals("caller=bob admin=false principal=bob currentUser=bob", body(loggedIn("bob").get("ejb")));
        assertEquals("caller=alice admin=true", body(loggedIn("alice").get("api/caller/ejb")));
    }

    @Test
    void rolesAllowedOnAnEjbLetsTheAdminInFromAServletAndFromJaxRs() {
        HttpBrowser alice = loggedIn("alice");
        int runs = ejbRuns();
        assertEquals("admin ejb ran", body(alice.get("ejb/admin")));
        assertEquals("admin ejb ran", body(alice.get("api/caller/admin")));
        assertEquals(runs + 2, ejbRuns());
    }

    @Test
    void rolesAllowedOnAnEjbRefusesAUserWithoutTheRoleAndNobodyAndTheMethodDoesNotRun() {
        int runs = ejbRuns();
        assertEquals("refused", body(loggedIn("bob").get("ejb/admin")));
        assertEquals("refused", body(anonymous().get("ejb/admin")));
        assertEquals(runs, ejbRuns());
    }

    @Test
    void rolesAllowedOnJaxRsLetsTheAdminInOnce() {
        HttpBrowser alice = loggedIn("alice");
        int runs = adminRuns();
        assertEquals("admin area", body(alice.get("api/admin")));
        assertEquals(runs + 1, adminRuns());
    }

    @Test
    void rolesAllowedOnJaxRsRefusesBobWith403AndNobodyWith401JsonAndTheResourceDoesNotRun() {
        int runs = adminRuns();
        Response forbidden = loggedIn("bob").get("api/admin");
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertEquals("{\"error\":\"forbidden\"}", forbidden.body(), forbidden.toString());
        Response unauthorized = anonymous().get("api/admin");
        assertEquals(401, unauthorized.status(), unauthorized.toString());
        assertEquals("{\"error\":\"unauthorized\"}", unauthorized.body(), unauthorized.toString());
        assertEquals(runs, adminRuns());
    }

    @Test
    void anAnonymousRequestSeesNobodyAndLoadsNobody() {
        HttpBrowser nobody = anonymous();
        int before = loads(nobody);
        assertStarts("remoteUser=null principal=null admin=false", nobody.get("who"));
        assertStarts("principal=null remoteUser=null admin=false", nobody.get("api/whoami"));
        String ejb = body(nobody.get("ejb"));
        assertTrue(ejb.endsWith("admin=false principal=null currentUser=null"), ejb);
        assertFalse(ejb.startsWith("caller=alice") || ejb.startsWith("caller=bob"), ejb);
        assertEquals(before, loads(nobody), "an anonymous request loaded a user");
    }

    @Test
    void aRequestWithALoginLoadsItsUserOnceHoweverManyAsk() {
        HttpBrowser alice = loggedIn("alice");
        int before = loads(alice);
        // The container's principal, the EJB's caller and @CurrentUser: one load between them.
        assertEquals("caller=alice admin=true principal=alice currentUser=alice", body(alice.get("ejb")));
        assertEquals(before + 2, loads(alice), "the /ejb request and this one each load the user once");
    }

    @Test
    void currentUserAndTheContainersPrincipalAgree() {
        assertEquals("principal=alice currentUser=alice", body(loggedIn("alice").get("api/agree")));
        assertEquals("principal=null currentUser=null", body(anonymous().get("api/agree")));
        Response agree = loggedIn("bob").get("agree");
        assertTrue(body(agree).startsWith("remoteUser=bob principal=bob") && agree.body().endsWith("currentUser=bob"),
                agree.toString());
    }

    @Test
    void theIdentityIsGoneAfterLogoutInTheSameRequestTheNextAndForAKeptSessionCookie() {
        HttpBrowser alice = loggedIn("alice");
        String session = alice.cookie("JSESSIONID");
        String logout = body(alice.post("logout", Map.of()));
        assertTrue(logout.startsWith("remoteUser=alice principal=alice admin=true"), logout);
        assertTrue(logout.contains(" | remoteUser=null principal=null admin=false"), logout);
        assertStarts("remoteUser=null principal=null admin=false", alice.get("who"));
        assertAnonymousCaller(body(alice.get("api/caller")));
        HttpBrowser replay = anonymous().withCookie("JSESSIONID", session);
        assertStarts("remoteUser=null principal=null admin=false", replay.get("who"));
        assertEquals("refused", body(replay.get("ejb/admin")));
        assertEquals(401, replay.get("api/admin").status());
    }

    @Test
    void thePlatformsRequestLogoutEndsTheCdiLoginLoginToo() {
        HttpBrowser alice = loggedIn("alice");
        String logout = body(alice.post("agree", Map.of("platform", "on")));
        assertTrue(logout.startsWith("remoteUser=alice principal=alice admin=true"), logout);
        assertTrue(logout.contains(" currentUser=alice | remoteUser=null principal=null admin=false"), logout);
        assertTrue(logout.endsWith(" currentUser=null"), logout);
        assertEquals("principal=null currentUser=null", body(alice.get("api/agree")));
    }

    private int adminRuns() {
        String body = anonymous().get("loads").body();
        return Integer.parseInt(body.substring(body.indexOf("adminRuns=") + "adminRuns=".length()));
    }

    private static int loads(HttpBrowser browser) {
        String body = browser.get("loads").body();
        return Integer.parseInt(body.substring("loads=".length(), body.indexOf(' ')));
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.callers.CallerBean;
import io.github.cdilogin.it.identity.IdentityApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An EJB's {@code @RolesAllowed} refusal ({@code EJBAccessException}) that reaches a JAX-RS resource or leaves
 * a servlet is the library's JSON in each {@code cdi-login.container-identity} mode, never the container's error
 * page nor a {@code 500}, and the refused method does not run: {@code 403 {"error":"forbidden"}} for a logged-in
 * user the EJB refuses (bob, who is no admin: refused in every mode), {@code 401 {"error":"unauthorized"}} for
 * nobody. Each mode's class deploys the same application (the {@code identity} and {@code callers} packages)
 * with its setting.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
abstract class EjbRefusalAnswers {

    static final String FORBIDDEN = "{\"error\":\"forbidden\"}";
    static final String UNAUTHORIZED = "{\"error\":\"unauthorized\"}";

    /**
     * @param name the WAR's name
     * @param identity the {@code cdi-login.container-identity} setting
     * @return the application every mode's class deploys
     */
    static WebArchive war(String name, String identity) {
        return Deployments.war(name, Map.of("cdi-login.container-identity", identity),
                IdentityApi.class.getPackage(), CallerBean.class.getPackage());
    }

    /** Where the mode's class deployed {@link #war}. */
    @ArquillianResource
    URL deployed;

    HttpBrowser anonymous() {
        return new HttpBrowser(Loopback.base(deployed));
    }

    HttpBrowser loggedIn(String username) {
        HttpBrowser browser = anonymous();
        Response login = browser.post("login", Map.of("username", username));
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    /** @return how often the EJB's admin-only method ran */
    int ejbRuns() {
        Response runs = anonymous().get("ejb/runs");
        assertEquals(200, runs.status(), runs.toString());
        return Integer.parseInt(runs.body());
    }

    /** The library's JSON, whole: not the container's page, nor anything the servlet wrote before the refusal. */
    static void assertRefusal(int status, String body, Response response) {
        assertEquals(status, response.status(), response.toString());
        assertEquals(body, response.body(), response.toString());
        String type = response.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/json"), response.toString());
        assertEquals("no-store", response.header("Cache-Control"), response.toString());
        if (status == 401) {
            assertNotNull(response.header("WWW-Authenticate"), response.toString());
        }
    }

    /** The call is answered with the refusal, and the refused EJB method did not run. */
    private void assertRefusedAndNotRun(int status, String body, Supplier<Response> call) {
        int runs = ejbRuns();
        assertRefusal(status, body, call.get());
        assertEquals(runs, ejbRuns(), "the refused EJB method ran");
    }

    @Test
    void anEjbRefusalReachingJaxRsIs403JsonForAUserWithoutTheRoleAndTheMethodDoesNotRun() {
        assertRefusedAndNotRun(403, FORBIDDEN, () -> loggedIn("bob").get("api/caller/admin"));
    }

    @Test
    void anEjbRefusalReachingJaxRsIs401JsonForNobodyAndTheMethodDoesNotRun() {
        assertRefusedAndNotRun(401, UNAUTHORIZED, () -> anonymous().get("api/caller/admin"));
    }

    @Test
    void anEjbRefusalLeavingAServletIs403JsonForAUserWithoutTheRoleAndTheMethodDoesNotRun() {
        assertRefusedAndNotRun(403, FORBIDDEN, () -> loggedIn("bob").get("ejb/admin/uncaught"));
    }

    @Test
    void anEjbRefusalLeavingAServletIs401JsonForNobodyWhoAsksForJsonAndTheMethodDoesNotRun() {
        assertRefusedAndNotRun(401, UNAUTHORIZED, () -> anonymous().get("ejb/admin/uncaught", "Accept", "application/json"));
    }

    @Test
    void anEjbRefusalLeavingAServletThatTookItsWriterIsStillTheLibrarysJsonAlone() {
        assertRefusedAndNotRun(403, FORBIDDEN, () -> loggedIn("bob").get("ejb/admin/uncaught?writer=first"));
        assertRefusedAndNotRun(401, UNAUTHORIZED,
                () -> anonymous().get("ejb/admin/uncaught?writer=first", "Accept", "application/json"));
    }
}

package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.guards.web.RawHttp.Reply;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The servlet door, method by method: exempt, odd and unknown HTTP methods on guarded servlets, and
 * guards on one method of a servlet. Each test asserts that the guarded code did not run.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ServletDoorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebGuardsWar.war("servlet-door");
    }

    @ArquillianResource
    URL deployed;

    private Visitor anonymous;

    @BeforeEach
    void deployedAndAnswering() {
        anonymous = Visitor.anonymous(deployed);
    }

    private Reply anonymously(String counter, String method, String path) {
        return anonymous.assertDidNotRun(counter, "guarded content", () -> anonymous.send(method, path, null));
    }

    private void assertRefusedByTheGuard(Reply reply) {
        assertEquals(302, reply.status(), reply.toString());
        assertTrue(reply.header("Location").startsWith(anonymous.contextPath() + "/login?next="), reply.toString());
    }

    private static void assertNotSuccessful(Reply reply) {
        assertFalse(reply.isSuccess(), "a 2xx answer: " + reply);
    }

    // A guarded servlet whose OPTIONS is HttpServlet's own: the preflight passes, and no application code runs.

    @Test
    void anonymousOptionsToAGuardedServletGetsHttpServletsOwnAnswer() {
        Reply options = anonymously("class-guarded", "OPTIONS", "class-guarded");
        assertEquals(200, options.status(), options.toString());
        assertNotNull(options.header("Allow"), options.toString());
    }

    @Test
    void anonymousHeadToAGuardedServletIsRefused() {
        assertRefusedByTheGuard(anonymously("class-guarded", "HEAD", "class-guarded"));
    }

    @Test
    void anonymousLowercaseGetToAGuardedServletDoesNotRunIt() {
        assertNotSuccessful(anonymously("class-guarded", "get", "class-guarded"));
    }

    @Test
    void anonymousLowercaseOptionsToAGuardedServletDoesNotRunIt() {
        Reply options = anonymously("class-guarded", "options", "class-guarded");
        if (Servers.readsMethodsCaseInsensitively()) {
            // Open Liberty hands "options" to the application as OPTIONS: HttpServlet's own answer, as for OPTIONS
            assertEquals(200, options.status(), options.toString());
            assertNotNull(options.header("Allow"), options.toString());
            return;
        }
        assertNotSuccessful(options);
    }

    @Test
    void anonymousUnknownMethodToAGuardedServletIsRefused() {
        assertRefusedByTheGuard(anonymously("class-guarded", "FROBNICATE", "class-guarded"));
    }

    // A guarded servlet that answers every method in service(): OPTIONS would run it.

    @Test
    void anonymousOptionsToAGuardedServletThatAnswersItIsAnsweredByTheLibrary() {
        Reply options = anonymously("service-guarded", "OPTIONS", "service-guarded");
        assertEquals(200, options.status(), options.toString());
        assertNotNull(options.header("Allow"), options.toString());
    }

    @Test
    void anonymousLowercaseOptionsIsNotExemptAndIsRefused() {
        Reply options = anonymously("service-guarded", "options", "service-guarded");
        if (Servers.readsMethodsCaseInsensitively()) {
            // Open Liberty hands "options" to the application as OPTIONS: the library's answer, as for OPTIONS
            assertEquals(200, options.status(), options.toString());
            assertNotNull(options.header("Allow"), options.toString());
            return;
        }
        assertRefusedByTheGuard(options);
    }

    @Test
    void anonymousHeadToAGuardedServiceServletIsRefused() {
        assertRefusedByTheGuard(anonymously("service-guarded", "HEAD", "service-guarded"));
    }

    @Test
    void anonymousLowercaseGetToAGuardedServiceServletIsRefused() {
        assertRefusedByTheGuard(anonymously("service-guarded", "get", "service-guarded"));
    }

    @Test
    void anonymousUnknownMethodToAGuardedServiceServletIsRefused() {
        assertRefusedByTheGuard(anonymously("service-guarded", "FROBNICATE", "service-guarded"));
    }

    // Guards on one method.

    @Test
    void loginRequiredOnDoGetRefusesAnonymousGet() {
        assertRefusedByTheGuard(anonymously("method-guarded-get", "GET", "method-guarded"));
    }

    @Test
    void loginRequiredOnDoGetRefusesAnonymousHeadWhichDoGetServes() {
        assertRefusedByTheGuard(anonymously("method-guarded-get", "HEAD", "method-guarded"));
    }

    @Test
    void loginRequiredOnDoGetLeavesTheUnguardedDoPostOfTheSameServletOpen() {
        Reply post = anonymous.assertRanOnce("method-guarded-post", () -> anonymous.send("POST", "method-guarded", "x=1"));
        assertEquals(200, post.status(), post.toString());
        assertEquals("guarded content of method-guarded-post", post.body(), post.toString());
    }

    @Test
    void loginRequiredOnServiceGuardsEveryMethod() {
        assertRefusedByTheGuard(anonymously("service-method-guarded", "GET", "service-method-guarded"));
        assertRefusedByTheGuard(anonymously("service-method-guarded", "POST", "service-method-guarded"));
        assertRefusedByTheGuard(anonymously("service-method-guarded", "DELETE", "service-method-guarded"));
        assertEquals(200, anonymously("service-method-guarded", "OPTIONS", "service-method-guarded").status());
    }

    // Positive controls.

    @Test
    void loggedInUserReachesEveryGuardedServletWithEveryMethodItServes() {
        Visitor alice = anonymous.loggedIn();
        for (String[] row : new String[][] {
                {"class-guarded", "GET", "class-guarded"},
                {"class-guarded", "POST", "class-guarded"},
                {"service-guarded", "GET", "service-guarded"},
                {"service-guarded", "PUT", "service-guarded"},
                {"method-guarded-get", "GET", "method-guarded"},
                {"method-guarded-get", "HEAD", "method-guarded"},
                {"service-method-guarded", "GET", "service-method-guarded"}}) {
            Reply reply = alice.assertRanOnce(row[0], () -> alice.send(row[1], row[2], row[1].equals("GET") || row[1].equals("HEAD") ? null : "x=1"));
            assertEquals(200, reply.status(), reply.toString());
        }
    }
}

package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cdilogin.it.guards.web.RawHttp.Reply;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guarded prefix {@code /admin} against every spelling of a path under it, sent byte for byte.
 * An anonymous request never runs the servlet under the prefix, and never gets a 2xx answer: either
 * the guard refuses it, or the server rejects the form itself (400, 404), which is fine.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class PathFormsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebGuardsWar.war("path-forms");
    }

    @ArquillianResource
    URL deployed;

    private Visitor anonymous;

    @BeforeEach
    void deployedAndAnswering() {
        anonymous = Visitor.anonymous(deployed);
    }

    /** Asserts that no form runs the admin servlet, and none is answered with a 2xx. */
    private void assertGuarded(String... forms) {
        for (String form : forms) {
            Reply reply = anonymous.assertDidNotRun("admin", "guarded content",
                    () -> anonymous.sendRaw("GET", anonymous.contextPath() + form, null));
            assertFalse(reply.isSuccess(), "a 2xx answer: " + reply);
            // Which forms the server rejects itself and which the guard refuses: the README's table comes from these lines.
            System.out.println("path form " + form + " -> " + reply.status());
        }
    }

    @Test
    void theCanonicalPathIsGuarded() {
        assertGuarded("/admin/data/x", "/admin/data");
    }

    @Test
    void pathParametersDoNotHideTheGuardedPrefix() {
        assertGuarded("/admin;x/data/x", "/admin;jsessionid=0123/data/x", "/admin/data;x/x", "/admin;/data/x");
    }

    @Test
    void encodedSlashesDoNotHideTheGuardedPrefix() {
        assertGuarded("/admin%2Fdata/x", "/admin%2fdata/x", "/admin%2Fdata%2Fx");
    }

    @Test
    void encodedDotsDoNotHideTheGuardedPrefix() {
        assertGuarded("/%2e/admin/data/x", "/public/%2e%2e/admin/data/x", "/public/%2E%2E/admin/data/x", "/public/.%2e/admin/data/x");
    }

    @Test
    void doubleSlashesDoNotHideTheGuardedPrefix() {
        assertGuarded("//admin/data/x", "/admin//data/x", "/public//../admin/data/x");
    }

    @Test
    void dotSegmentsDoNotHideTheGuardedPrefix() {
        assertGuarded("/./admin/data/x", "/admin/./data/x");
    }

    @Test
    void dotDotSegmentsDoNotHideTheGuardedPrefix() {
        assertGuarded("/public/../admin/data/x", "/public/x/../../admin/data/x");
    }

    @Test
    void dotDotWithAPathParameterDoesNotHideTheGuardedPrefix() {
        assertGuarded("/public/..;/admin/data/x", "/public/..;x=1/admin/data/x", "/public;x/..;/admin/data/x");
    }

    @Test
    void backslashesDoNotHideTheGuardedPrefix() {
        assertGuarded("/public/..%5Cadmin/data/x", "/public/..%5cadmin/data/x", "/public/..\\admin/data/x");
    }

    @Test
    void aTrailingSlashDoesNotHideTheGuardedPrefix() {
        assertGuarded("/admin/data/x/", "/admin/data/", "/admin/");
    }

    @Test
    void caseVariantsOfTheGuardedPrefixAreGuarded() {
        assertGuarded("/ADMIN/data/x", "/Admin/data/x", "/aDmIn/data/x");
    }

    @Test
    void theGuardedPrefixStopsAtItsSegmentBoundary() {
        Reply administrators = anonymous.assertRanOnce("administrators", () -> anonymous.get("administrators"));
        assertEquals(200, administrators.status(), administrators.toString());
        assertEquals("administrators", administrators.body(), administrators.toString());
    }

    @Test
    void aPublicPathWithHarmlessParametersStaysPublic() {
        Reply reply = anonymous.assertRanOnce("public", () -> anonymous.get("public/x?y=/admin"));
        assertEquals(200, reply.status(), reply.toString());
    }

    @Test
    void loggedInUserReachesTheGuardedPath() {
        Visitor alice = anonymous.loggedIn();
        Reply reply = alice.assertRanOnce("admin", () -> alice.get("admin/data/x"));
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("guarded content of admin", reply.body(), reply.toString());
    }
}

package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Public servlets that reach guarded code by a dispatch: forward and include (by path and by servlet
 * name), an asynchronous dispatch, and error pages. An anonymous dispatch never runs the target:
 * forward and async dispatch are answered as the guard answers the request; an include includes
 * nothing; an error page renders nothing beyond the status the server set.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class DispatchIT {

    private static final String CONTENT = "guarded content";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return WebGuardsWar.war("dispatch");
    }

    @ArquillianResource
    URL deployed;

    private Visitor anonymous;

    @BeforeEach
    void deployedAndAnswering() {
        anonymous = Visitor.anonymous(deployed);
    }

    private void assertRedirectedToLoginWithThePageAskedFor(Reply reply, String asked) {
        assertEquals(302, reply.status(), reply.toString());
        String next = java.net.URLEncoder.encode(anonymous.contextPath() + "/" + asked, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(anonymous.contextPath() + "/login?next=" + next, reply.header("Location"), reply.toString());
    }

    @Test
    void anonymousForwardToAGuardedServletIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("class-guarded", CONTENT, () -> anonymous.get("forward?to=/class-guarded"));
        assertRedirectedToLoginWithThePageAskedFor(reply, "forward?to=/class-guarded");
    }

    @Test
    void anonymousForwardToAServletMethodGuardIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("method-guarded-get", CONTENT, () -> anonymous.get("forward?to=/method-guarded"));
        assertEquals(302, reply.status(), reply.toString());
    }

    @Test
    void anonymousForwardToAGuardedPathIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("admin", CONTENT, () -> anonymous.get("forward?to=/admin/data/x"));
        assertRedirectedToLoginWithThePageAskedFor(reply, "forward?to=/admin/data/x");
    }

    @Test
    void anonymousForwardToAFacesPageUnderAGuardedPathDoesNotRenderIt() {
        Reply reply = anonymous.assertDidNotRun("orders-page", "ORDERS-SECRET", () -> anonymous.get("forward?to=/admin/orders.xhtml"));
        assertEquals(302, reply.status(), reply.toString());
    }

    @Test
    void anonymousNamedForwardToAGuardedServletIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("class-guarded", CONTENT, () -> anonymous.get("forward?name=ClassGuarded"));
        assertRedirectedToLoginWithThePageAskedFor(reply, "forward?name=ClassGuarded");
    }

    @Test
    void anonymousIncludeOfAGuardedServletIncludesNothing() {
        Reply reply = anonymous.assertDidNotRun("class-guarded", CONTENT, () -> anonymous.get("include?to=/class-guarded"));
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("include:[]", reply.body(), reply.toString());
    }

    @Test
    void anonymousIncludeOfAGuardedPathIncludesNothing() {
        Reply reply = anonymous.assertDidNotRun("admin", CONTENT, () -> anonymous.get("include?to=/admin/data/x"));
        assertEquals("include:[]", reply.body(), reply.toString());
    }

    @Test
    void anonymousNamedIncludeOfAGuardedServletIncludesNothing() {
        Reply reply = anonymous.assertDidNotRun("class-guarded", CONTENT, () -> anonymous.get("include?name=ClassGuarded"));
        assertEquals("include:[]", reply.body(), reply.toString());
    }

    @Test
    void anonymousAsyncDispatchToAGuardedServletIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("class-guarded", CONTENT, () -> anonymous.get("async?to=/class-guarded"));
        assertRedirectedToLoginWithThePageAskedFor(reply, "async?to=/class-guarded");
    }

    @Test
    void anonymousAsyncDispatchToAGuardedPathIsAnsweredAsTheGuardAnswers() {
        Reply reply = anonymous.assertDidNotRun("admin", CONTENT, () -> anonymous.get("async?to=/admin/data/x"));
        assertRedirectedToLoginWithThePageAskedFor(reply, "async?to=/admin/data/x");
    }

    @Test
    void anonymousErrorPageUnderAGuardedPathRendersNothingBeyondTheStatus() {
        Reply reply = anonymous.assertDidNotRun("admin-error-page", CONTENT, () -> anonymous.get("boom"));
        assertEquals(500, reply.status(), reply.toString());
    }

    @Test
    void anonymousGuardedErrorPageServletRendersNothingBeyondTheStatus() {
        Reply reply = anonymous.assertDidNotRun("guarded-error-page", CONTENT, () -> anonymous.get("teapot"));
        assertEquals(418, reply.status(), reply.toString());
    }

    @Test
    void loggedInUserReachesEveryTargetThroughEveryDispatch() {
        Visitor alice = anonymous.loggedIn();
        String[][] rows = {
                {"class-guarded", "forward?to=/class-guarded"},
                {"method-guarded-get", "forward?to=/method-guarded"},
                {"admin", "forward?to=/admin/data/x"},
                {"orders-page", "forward?to=/admin/orders.xhtml"},
                {"class-guarded", "forward?name=ClassGuarded"},
                {"class-guarded", "include?to=/class-guarded"},
                {"admin", "include?to=/admin/data/x"},
                {"class-guarded", "include?name=ClassGuarded"},
                {"class-guarded", "async?to=/class-guarded"},
                {"admin", "async?to=/admin/data/x"}};
        for (String[] row : rows) {
            Reply reply = alice.assertRanOnce(row[0], () -> alice.get(row[1]));
            assertEquals(200, reply.status(), reply.toString());
        }
        Reply boom = alice.assertRanOnce("admin-error-page", () -> alice.get("boom"));
        assertTrue(boom.body().contains("guarded content of admin-error-page"), boom.toString());
        Reply teapot = alice.assertRanOnce("guarded-error-page", () -> alice.get("teapot"));
        assertTrue(teapot.body().contains("guarded content of guarded-error-page"), teapot.toString());
    }
}

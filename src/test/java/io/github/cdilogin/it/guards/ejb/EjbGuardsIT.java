package io.github.cdilogin.it.guards.ejb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @LoginRequired} and {@code @FreshLoginRequired} on an EJB's methods, and on a session-scoped bean,
 * called from a servlet or a JAX-RS resource no guard covers: the guarded method does not run for a caller
 * without the login it asks for, and the refusal is the library's answer, not the container's error page.
 * EJB containers make their interceptors themselves (GlassFish and Payara from the interceptor's class), so
 * this is the guard's path on each server, not only CDI's.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class EjbGuardsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("ejb-guards", Map.of(), ItUser.class.getPackage(), MemberReports.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private HttpBrowser anonymous() {
        return new HttpBrowser(Loopback.base(deployed));
    }

    private HttpBrowser loggedIn(String fresh) {
        HttpBrowser browser = anonymous();
        Response login = browser.post("login", Map.of("username", "alice", "fresh", fresh));
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    private String runs() {
        Response runs = anonymous().get("ejb-guard-runs");
        assertEquals(200, runs.status(), runs.toString());
        return runs.body();
    }

    /** The call is refused with {@code 401} and the library's JSON, and no guarded method ran. */
    private void assertRefusedAndNotRun(String body, Supplier<Response> call) {
        String before = runs();
        Response refused = call.get();
        assertEquals(401, refused.status(), refused.toString());
        assertEquals(body, refused.body(), refused.toString());
        assertEquals(before, runs(), "a refused guarded method ran");
    }

    /** A servlet's refusal: the caller asks for JSON, as an API client does. */
    private void assertRefusedAndNotRun(String body, HttpBrowser browser, String servlet) {
        assertRefusedAndNotRun(body, () -> browser.get(servlet, "Accept", "application/json"));
    }

    private static void assertAnswer(String expected, Response call) {
        assertEquals(200, call.status(), call.toString());
        assertEquals(expected, call.body(), call.toString());
    }

    @Test
    void anAnonymousCallOfALoginRequiredEjbMethodIsRefusedBeforeItRuns() {
        assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", anonymous(), "ejb-guard/members");
    }

    @Test
    void anAnonymousCallOfAFreshLoginRequiredEjbMethodIsRefusedBeforeItRuns() {
        assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", anonymous(), "ejb-guard/fresh");
    }

    @Test
    void aLoginThatIsNotFreshIsRefusedByAFreshLoginRequiredEjbMethodBeforeItRuns() {
        HttpBrowser notFresh = loggedIn("false");
        assertRefusedAndNotRun("{\"error\":\"fresh login required\"}", notFresh, "ejb-guard/fresh");
        assertAnswer("members' report", notFresh.get("ejb-guard/members"));
    }

    @Test
    void aFreshLoginRunsEveryGuardedEjbMethod() {
        HttpBrowser fresh = loggedIn("true");
        assertAnswer("members' report", fresh.get("ejb-guard/members"));
        assertAnswer("fresh report", fresh.get("ejb-guard/fresh"));
    }

    @Test
    void anEjbRefusalReachingAPublicJaxRsResourceIsTheGuardsJsonAndTheMethodDoesNotRun() {
        HttpBrowser nobody = anonymous();
        HttpBrowser notFresh = loggedIn("false");
        assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", () -> nobody.get("api/ejb-guard/members"));
        assertRefusedAndNotRun("{\"error\":\"fresh login required\"}", () -> notFresh.get("api/ejb-guard/fresh"));
        assertAnswer("members' report", loggedIn("true").get("api/ejb-guard/members"));
    }

    @Test
    void anUnguardedMethodOfTheEjbRunsForNobody() {
        assertAnswer("public report", anonymous().get("ejb-guard/public"));
    }

    @Test
    void aGuardedSessionScopedBeanIsRefusedToNobodyAndRunsForAUser() {
        assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", anonymous(), "ejb-guard/basket");
        assertAnswer("basket", loggedIn("true").get("ejb-guard/basket"));
    }

    @Test
    void aGuardOnlyOnTheEjbsLocalInterfaceRefusesNobodyBeforeTheBeanRuns() {
        assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", anonymous(), "ejb-guard/archive");
        assertAnswer("public archive", anonymous().get("ejb-guard/archive/public"));
        assertAnswer("members' archive", loggedIn("false").get("ejb-guard/archive"));
    }

    @Test
    void eachRequestIsDecidedForItsOwnCallerThoughTheInterceptorIsShared() {
        HttpBrowser alice = loggedIn("true");
        HttpBrowser nobody = anonymous();
        for (int round = 0; round < 3; round++) {
            assertAnswer("members' report", alice.get("ejb-guard/members"));
            assertRefusedAndNotRun("{\"error\":\"unauthorized\"}", nobody, "ejb-guard/members");
        }
    }

    @Test
    void parallelMembersAndAnonymousCallersThroughTheSharedInterceptorAreEachDecidedForThemselves() throws Exception {
        int callers = 4;
        int calls = 15;
        List<HttpBrowser> members = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            members.add(loggedIn("true"));
        }
        int before = memberRuns();
        ExecutorService pool = Executors.newFixedThreadPool(2 * callers);
        try {
            List<Future<List<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                HttpBrowser member = members.get(i);
                HttpBrowser nobody = anonymous();
                answers.add(pool.submit(() -> calls(member, calls)));
                answers.add(pool.submit(() -> calls(nobody, calls)));
            }
            for (int i = 0; i < answers.size(); i++) {
                for (Response answer : answers.get(i).get(60, TimeUnit.SECONDS)) {
                    if (i % 2 == 0) {
                        assertAnswer("members' report", answer);
                    } else {
                        assertEquals(401, answer.status(), answer.toString());
                        assertEquals("{\"error\":\"unauthorized\"}", answer.body(), answer.toString());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + callers * calls, memberRuns(), "the guarded method ran once per member's call, never for nobody");
    }

    private static List<Response> calls(HttpBrowser browser, int count) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(browser.get("ejb-guard/members", "Accept", "application/json"));
        }
        return answers;
    }

    private int memberRuns() {
        String runs = runs();
        return Integer.parseInt(runs.substring("members=".length(), runs.indexOf(' ')));
    }
}

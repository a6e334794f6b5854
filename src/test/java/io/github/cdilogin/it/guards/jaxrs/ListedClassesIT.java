package io.github.cdilogin.it.guards.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.app.ItUsers;
import io.github.cdilogin.it.app.LoginServlet;
import io.github.cdilogin.it.guards.jaxrs.app.Probe;
import io.github.cdilogin.it.guards.jaxrs.app.Ran;
import io.github.cdilogin.it.guards.jaxrs.app.Refusals;
import io.github.cdilogin.it.guards.jaxrs.app.Users;
import io.github.cdilogin.it.guards.jaxrs.listed.ListedApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JAX-RS application that lists its classes ({@code getClasses()}, {@code getSingletons()}) turns
 * the server's scanning off, so a {@code @Provider} in the library jar is never found. The library's
 * guard is loaded through {@code META-INF/services} instead (Jakarta REST 3.1). The guarded resources
 * here are not CDI beans: only the JAX-RS guard can refuse them, and the refusal's target (the request
 * path, not {@code Class#method}) shows that it did.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class ListedClassesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // request mode: the roles door (JaxRsRolesFilter) acts only where the platform sees the user
        return Deployments.war("guards-listed", Map.of("cdi-login.container-identity", "request"), new Package[] {ListedApi.class.getPackage()},
                Ran.class, Refusals.class, Users.class, Probe.class, ItUser.class, ItUsers.class, LoginServlet.class);
    }

    @ArquillianResource
    URL deployed;

    private GuardedCode code;

    @BeforeEach
    void deployedAndAnswering() {
        code = new GuardedCode(Loopback.base(deployed), "listed/probe");
        Response probe = code.anonymous().get("listed/probe/ran/nothing");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    @Test
    void resourceListedInGetClassesIsRefusedByTheJaxRsGuard() {
        code.assertRunsNothing(401, "GET", "listed/guarded", "listed.get");
        assertTrue(code.refusals().lines().anyMatch(target -> target.endsWith("/guards-listed/listed/guarded")),
                "the JAX-RS guard did not refuse: " + code.refusals());
        code.assertRunsWhenLoggedIn("GET", "listed/guarded", "listed.get");
    }

    @Test
    void resourceListedInGetSingletonsIsRefusedByTheJaxRsGuard() {
        code.assertRunsNothing(401, "GET", "listed/singleton", "singleton.get");
        code.assertRunsWhenLoggedIn("GET", "listed/singleton", "singleton.get");
    }

    /**
     * Only the JAX-RS guard can refuse here (an instance from {@code getSingletons()} is not intercepted),
     * and it must read the guard of the parent it was reached through: {@code Users} has none. The
     * locator's body runs while the runtime matches the request, before any filter.
     */
    @Test
    void subResourceOfAGuardedSingletonIsRefusedByTheJaxRsGuardReadingTheParent() {
        code.assertRunsNothing(401, "GET", "listed/singleton/users", "singleton.users");
        assertTrue(code.refusals().lines().anyMatch(target -> target.endsWith("/guards-listed/listed/singleton/users")),
                "the JAX-RS guard did not refuse: " + code.refusals());
        code.assertRunsWhenLoggedIn("GET", "listed/singleton/users", "singleton.locator", "singleton.users");
    }

    /**
     * Every verb the sub-resource answers, and {@code HEAD}, through a guarded singleton and through a guarded
     * listed class: neither parent is intercepted, so the JAX-RS guard alone stands before each method.
     */
    @Test
    void everyVerbOfASubResourceOfAnUninterceptedGuardedParentIsRefusedBeforeItRuns() {
        for (String via : List.of("singleton", "listed")) {
            String path = via.equals("singleton") ? "listed/singleton/users" : "listed/guarded/users";
            for (String verb : List.of("HEAD", "POST", "DELETE")) {
                code.assertRunsNothing(401, verb, path, via + ".users", via + ".users.add", via + ".users.clear");
            }
            code.assertRunsWhenLoggedIn("POST", path, via + ".users.add");
            code.assertRunsWhenLoggedIn("DELETE", path, via + ".users.clear");
        }
    }

    /**
     * The parent is not a CDI bean, so no interceptor refuses its locator: matching runs the locator's
     * body before any JAX-RS filter can see the request. The sub-resource's method does not run.
     */
    @Test
    void subResourceOfAListedGuardedClassRunsNoResourceMethodForAnonymous() {
        code.assertRunsNothing(401, "GET", "listed/guarded/users", "listed.users");
        code.assertRunsWhenLoggedIn("GET", "listed/guarded/users", "listed.locator", "listed.users");
    }

    /**
     * A {@code @RolesAllowed} method of a sub-resource reached through a public singleton's locator: nobody
     * gets the guards' {@code 401}, a user without the role {@code 403}, and the method does not run. On
     * Apache CXF this sub-resource is modelled at its first request, after the dynamic features ran, so only
     * the library's stand-in for its doors refuses there ({@code CxfSubResourceGuard}).
     */
    @Test
    void rolesOfASubResourceReachedThroughAPublicSingletonAreEnforced() {
        code.assertRunsNothing(401, "GET", "listed/open-singleton/audit", "open.audit");
        Map<String, Integer> before = code.counts("open.audit");
        Response forbidden = code.loggedIn().get("listed/open-singleton/audit");
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertEquals(before, code.counts("open.audit"), "the auditor's method ran for " + forbidden);
    }

    /**
     * A locator declared to return an interface, returning a class whose guard is on the class alone: the
     * JAX-RS guard must read the object's class. (Jersey and RESTEasy report it; Apache CXF reports the
     * declared type where it resolves the sub-resource statically.)
     */
    @Test
    void aGuardOnTheClassALocatorReturnsIsReadWhateverTheLocatorDeclares() {
        code.assertRunsNothing(401, "GET", "listed/declared/report", "declared.report");
        code.assertRunsWhenLoggedIn("GET", "listed/declared/report", "declared.locator", "declared.report");
    }
}

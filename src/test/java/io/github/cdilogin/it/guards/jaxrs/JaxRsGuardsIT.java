package io.github.cdilogin.it.guards.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.app.ItUsers;
import io.github.cdilogin.it.app.LoginServlet;
import io.github.cdilogin.it.guards.jaxrs.app.Ran;
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
 * Every way into guarded JAX-RS code and guarded CDI beans, tried anonymously: the request is refused
 * and the guarded code (a locator's body, a resource method, a bean method) does not run, which the
 * application counts and the test reads over HTTP. Each test ends with its positive control: a logged-in
 * request runs all of it.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class JaxRsGuardsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("guards-jaxrs", Map.of(), new Package[] {Ran.class.getPackage()},
                ItUser.class, ItUsers.class, LoginServlet.class);
    }

    @ArquillianResource
    URL deployed;

    private GuardedCode code;

    @BeforeEach
    void deployedAndAnswering() {
        code = new GuardedCode(Loopback.base(deployed), "api/probe");
        Response probe = code.anonymous().get("api/probe/ran/nothing");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    // Sub-resource locators: the guard sits somewhere above the locator of the unguarded Users.

    @Test
    void subResourceOfAGuardedClassRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/admin/users", "admin.locator", "admin.users");
        code.assertRunsWhenLoggedIn("GET", "api/admin/users", "admin.locator", "admin.users");
    }

    @Test
    void everyVerbThroughAGuardedLocatorIsRefusedBeforeTheLocatorRuns() {
        for (String verb : List.of("HEAD", "POST", "DELETE")) {
            code.assertRunsNothing(401, verb, "api/admin/users", "admin.locator", "admin.users", "admin.users.add",
                    "admin.users.clear");
        }
        code.assertRunsWhenLoggedIn("POST", "api/admin/users", "admin.locator", "admin.users.add");
        code.assertRunsWhenLoggedIn("DELETE", "api/admin/users", "admin.locator", "admin.users.clear");
    }

    @Test
    void subResourceOfAGuardedLocatorRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/locator/users", "locator.locator", "locator.users");
        code.assertRunsWhenLoggedIn("GET", "api/locator/users", "locator.locator", "locator.users");
    }

    @Test
    void subResourceOfALocatorGuardedOnItsInterfaceMethodRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/by-interface-method/users", "interface-method.locator",
                "interface-method.users");
        code.assertRunsWhenLoggedIn("GET", "api/by-interface-method/users", "interface-method.locator",
                "interface-method.users");
    }

    @Test
    void subResourceOfAClassWhoseInterfaceIsGuardedRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/by-interface/users", "interface.locator", "interface.users");
        code.assertRunsWhenLoggedIn("GET", "api/by-interface/users", "interface.locator", "interface.users");
    }

    @Test
    void subResourceOfALocatorOverridingAGuardedSuperclassMethodRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/by-superclass/users", "superclass.locator", "superclass.users");
        code.assertRunsWhenLoggedIn("GET", "api/by-superclass/users", "superclass.locator", "superclass.users");
    }

    @Test
    void subResourceOfALocatorGuardedOnAGenericInterfaceMethodRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/by-generic/alice", "generic.locator", "generic.users");
        code.assertRunsWhenLoggedIn("GET", "api/by-generic/alice", "generic.locator", "generic.users");
    }

    @Test
    void subResourceReachedWithPathParametersRunsNothingForAnonymous() {
        code.assertRunsNothing(401, "GET", "api/admin;x/users", "admin.locator", "admin.users");
        code.assertRunsNothing(401, "GET", "api/admin;x=1/users;y", "admin.locator", "admin.users");
        code.assertRunsWhenLoggedIn("GET", "api/admin;x/users", "admin.locator", "admin.users");
    }

    @Test
    void subResourceOfAnUnguardedLocatorStaysPublic() {
        Map<String, Integer> before = code.counts("open.locator", "open.users");
        Response open = code.anonymous().get("api/open/users");
        assertEquals(200, open.status(), open.toString());
        assertEquals(Map.of("open.locator", before.get("open.locator") + 1, "open.users", before.get("open.users") + 1),
                code.counts("open.locator", "open.users"));
    }

    // HTTP methods at the JAX-RS door.

    @Test
    void anonymousOptionsWithoutAnOptionsMethodPassesTheDoorAndRunsNothing() {
        Map<String, Integer> before = code.counts("guarded.get");
        Response options = code.anonymous().send("OPTIONS", "api/guarded", null);
        assertTrue(options.status() == 200 || options.status() == 204, "the runtime's own OPTIONS answer: " + options);
        assertEquals(before, code.counts("guarded.get"), "guarded code ran for " + options);
        code.assertRunsWhenLoggedIn("GET", "api/guarded", "guarded.get");
    }

    @Test
    void anonymousOptionsToAnExplicitOptionsMethodOfAGuardedResourceIsRefused() {
        code.assertRunsNothing(401, "OPTIONS", "api/guarded-options", "guarded-options.options");
        code.assertRunsWhenLoggedIn("OPTIONS", "api/guarded-options", "guarded-options.options");
    }

    @Test
    void anonymousHeadOfAGuardedGetIsRefused() {
        code.assertRunsNothing(401, "HEAD", "api/guarded", "guarded.get");
        code.assertRunsWhenLoggedIn("HEAD", "api/guarded", "guarded.get");
    }

    @Test
    void anonymousLowercaseGetOfAGuardedMethodRunsNothing() {
        Map<String, Integer> before = code.counts("guarded.get");
        Response get = code.anonymous().send("get", "api/guarded", null);
        assertTrue(get.status() >= 400, "a lowercase get is not GET, and never a way in: " + get);
        assertEquals(before, code.counts("guarded.get"), "guarded code ran for " + get);
        code.assertRunsWhenLoggedIn("GET", "api/guarded", "guarded.get");
    }

    @Test
    void anonymousUnknownVerbToAGuardedMethodRunsNothing() {
        Map<String, Integer> before = code.counts("guarded.get", "guarded-options.options");
        for (String path : new String[] {"api/guarded", "api/guarded-options"}) {
            Response unknown = code.anonymous().send("FOO", path, null);
            assertTrue(unknown.status() >= 400, "an unknown verb is never a way in: " + unknown);
        }
        assertEquals(before, code.counts("guarded.get", "guarded-options.options"));
        code.assertRunsWhenLoggedIn("GET", "api/guarded", "guarded.get");
    }

    // CDI beans: the interceptor has no exempt method.

    @Test
    void guardedBeanCalledFromAPublicServletDuringAnonymousOptionsIsRefused() {
        code.assertRunsNothing(401, "OPTIONS", "bean-caller", "bean.work");
        code.assertRunsNothing(401, "GET", "bean-caller", "bean.work");
        code.assertRunsWhenLoggedIn("OPTIONS", "bean-caller", "bean.work");
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.custom.CustomAnswers;
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

/** The application's own answers to refused requests replace the library's for pages, never for APIs. */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class CustomAnswersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("custom-answers", Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.login-required-paths", "/admin"),
                new Package[] {ItUser.class.getPackage(), CustomAnswers.class.getPackage()});
    }

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        Response probe = new HttpBrowser(base).get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    @Test
    void applicationHandlerAnswersRefusedPages() {
        Response admin = new HttpBrowser(base).get("admin/x");
        assertEquals(403, admin.status(), admin.toString());
        assertEquals("custom unauthorized for /custom-answers/admin/x", admin.body());
    }

    @Test
    void applicationRefreshHandlerAnswersStaleLogins() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.post("login", Map.of("username", "alice", "fresh", "false"));
        Response settings = browser.get("settings");
        assertEquals(403, settings.status(), settings.toString());
        assertEquals("custom needs refresh for /custom-answers/settings", settings.body());
    }

    @Test
    void apisAndJsonRequestsStillGetThe401() {
        assertEquals(401, new HttpBrowser(base).get("api/me").status());
        assertEquals(401, new HttpBrowser(base).get("admin/x", "Accept", "application/json").status());
    }
}

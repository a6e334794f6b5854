package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.cdilogin.it.app.ItUser;
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

/** {@code next} kept in the session instead of the query ({@code USE_SESSION_FOR_NEXT}). */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class SessionNextIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("session-next", Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.use-session-for-next", "true"), ItUser.class.getPackage());
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
    void refusedPageIsKeptInTheSessionAndTheRedirectCarriesNoQuery() {
        HttpBrowser browser = new HttpBrowser(base);
        Response profile = browser.get("profile?tab=2");
        assertEquals(302, profile.status(), profile.toString());
        assertEquals("/session-next/login", profile.header("Location"));
        assertNotNull(browser.cookie("JSESSIONID"), "the setting keeps next in a session: " + profile);
        assertEquals("next=/session-next/profile?tab=2", browser.get("next").body());
    }

    @Test
    void loginForgetsTheKeptPage() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("profile");
        browser.post("login", Map.of("username", "alice"));
        assertEquals("next=none", browser.get("next").body());
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Basic session protection (the default): a login used from another client stays, but is no longer fresh. */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class SessionProtectionIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("protection-basic", Map.of(), ItUser.class.getPackage());
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

    private HttpBrowser loggedIn(String username, String... headers) {
        HttpBrowser browser = new HttpBrowser(base);
        Response login = browser.post("login", Map.of("username", username), headers);
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    @Test
    void sessionProtectionBasicPassesSuccessiveRequests() {
        HttpBrowser browser = loggedIn("alice", "User-Agent", "Agent A");
        for (int i = 0; i < 3; i++) {
            Response me = browser.get("api/me", "User-Agent", "Agent A");
            assertEquals("alice Alice fresh=true source=SESSION remembered=false", me.body(), me.toString());
        }
    }

    @Test
    void sessionProtectionBasicMarksSessionUnfresh() {
        HttpBrowser browser = loggedIn("bob", "User-Agent", "Agent A");
        Response elsewhere = browser.get("api/me", "User-Agent", "Agent B");
        assertEquals(200, elsewhere.status(), "basic protection keeps the login: " + elsewhere);
        assertEquals("bob Bob fresh=false source=SESSION remembered=false", elsewhere.body());
        Response back = browser.get("api/me", "User-Agent", "Agent A");
        assertEquals("bob Bob fresh=false source=SESSION remembered=false", back.body(), "freshness does not come back");
        assertTrue(new HttpBrowser(base).get("api/probe/events").body().contains("protected:bob:BASIC"));
    }

    @Test
    void confirmAfterProtectionMakesTheLoginFreshForTheNewClient() {
        HttpBrowser browser = loggedIn("alice", "User-Agent", "Agent A");
        browser.get("api/me", "User-Agent", "Agent B");
        assertEquals("fresh=true", browser.post("confirm", Map.of(), "User-Agent", "Agent B").body());
        Response me = browser.get("api/me", "User-Agent", "Agent B");
        assertEquals("alice Alice fresh=true source=SESSION remembered=false", me.body(), me.toString());
    }

    @Test
    void forwardedForFromAnUntrustedClientIsIgnored() {
        HttpBrowser browser = loggedIn("alice", "User-Agent", "Agent A", "X-Forwarded-For", "198.51.100.1");
        Response spoofed = browser.get("api/me", "User-Agent", "Agent A", "X-Forwarded-For", "198.51.100.2");
        assertEquals("alice Alice fresh=true source=SESSION remembered=false", spoofed.body(),
                "X-Forwarded-For from a client that is not a trusted proxy must not count: " + spoofed);
    }

    @Test
    void anonymousSessionsAreNeverTouched() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login", "User-Agent", "Agent A");
        String session = browser.cookie("JSESSIONID");
        Response other = browser.get("api/thrice", "User-Agent", "Agent B");
        assertEquals(200, other.status(), other.toString());
        assertNull(other.setCookieHeader("JSESSIONID"), "an anonymous session was changed: " + other);
        assertEquals(session, browser.cookie("JSESSIONID"));
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * A deployment with the strict settings: strong session protection, this host as a trusted proxy,
 * and the remember cookie refreshed on each request.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class StrictSettingsIT {

    private static final String COOKIE = "remember_token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("strict", Map.of(
                "cdi-login.session-protection", "strong",
                "cdi-login.trusted-proxies", "127.0.0.1",
                "cdi-login.remember-cookie.refresh-each-request", "true"), ItUser.class.getPackage());
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

    private HttpBrowser loggedIn(String username, boolean remember, String... headers) {
        HttpBrowser browser = new HttpBrowser(base);
        Response login = browser.post("login", remember ? Map.of("username", username, "remember", "on")
                : Map.of("username", username), headers);
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    @Test
    void sessionProtectionStrongDeletesSession() {
        HttpBrowser browser = loggedIn("alice", true, "User-Agent", "Agent A");
        String session = browser.cookie("JSESSIONID");
        String remember = browser.cookie(COOKIE);
        Response elsewhere = browser.get("api/me", "User-Agent", "Agent B");
        assertEquals(401, elsewhere.status(), "strong protection: this request is anonymous: " + elsewhere);
        String deletion = elsewhere.setCookieHeader(COOKIE);
        assertNotNull(deletion, "the remember cookie must be deleted: " + elsewhere);
        assertTrue(deletion.contains("Max-Age=0"), deletion);

        Response oldSession = new HttpBrowser(base).withCookie("JSESSIONID", session).get("api/me", "User-Agent", "Agent A");
        assertEquals(401, oldSession.status(), "the session must be gone, also for the first client: " + oldSession);
        Response oldCookie = new HttpBrowser(base).withCookie(COOKIE, remember).get("api/me", "User-Agent", "Agent A");
        assertEquals(401, oldCookie.status(), "the remember series must be revoked: " + oldCookie);
        assertTrue(new HttpBrowser(base).get("api/probe/events").body().contains("protected:alice:STRONG"));
    }

    @Test
    void rememberedLoginStaysLoggedInOnTheNextRequestUnderStrongProtection() {
        String remember = loggedIn("bob", true, "User-Agent", "Agent A").cookie(COOKIE);
        HttpBrowser back = new HttpBrowser(base).withCookie(COOKIE, remember);
        assertEquals("bob Bob fresh=false source=COOKIE remembered=true", back.get("api/me", "User-Agent", "Agent A").body());
        Response next = back.get("api/me", "User-Agent", "Agent A");
        assertEquals("bob Bob fresh=false source=SESSION remembered=true", next.body(),
                "Flask-Login forgets the client identifier at a restore, and strong mode then logs the user out: " + next);
    }

    @Test
    void trustedProxysForwardedForIsTheClientAddress() {
        HttpBrowser browser = loggedIn("alice", false, "User-Agent", "Agent A", "X-Forwarded-For", "203.0.113.7");
        Response same = browser.get("api/me", "User-Agent", "Agent A", "X-Forwarded-For", "203.0.113.7");
        assertEquals(200, same.status(), same.toString());
        Response moved = browser.get("api/me", "User-Agent", "Agent A", "X-Forwarded-For", "203.0.113.8");
        assertEquals(401, moved.status(), "the client behind the trusted proxy changed: " + moved);
    }

    @Test
    void rememberMeRefreshEveryRequestReissuesOnlyACookieTheRequestCarried() {
        HttpBrowser remembered = loggedIn("alice", true, "User-Agent", "Agent A");
        Response refreshed = remembered.get("api/me", "User-Agent", "Agent A");
        String header = refreshed.setCookieHeader(COOKIE);
        assertNotNull(header, "refresh-each-request should set the cookie again: " + refreshed);
        assertTrue(header.contains("Max-Age=31536000"), header);
        assertEquals(remembered.cookie(COOKIE), header.substring(COOKIE.length() + 1, header.indexOf(';')),
                "the same value, a new lifetime");

        HttpBrowser notRemembered = loggedIn("bob", false, "User-Agent", "Agent A");
        Response plain = notRemembered.get("api/me", "User-Agent", "Agent A");
        assertNull(plain.setCookieHeader(COOKIE), "a remember cookie for a user who never asked: " + plain);
    }
}

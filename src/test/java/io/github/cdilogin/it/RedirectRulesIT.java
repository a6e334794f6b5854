package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Where refused page requests go: per-prefix login views, the refresh view, a pinned host, and safe next. */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class RedirectRulesIT {

    private static final String ORIGIN = "https://app.example.com";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("redirects", Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.login-views", "/admin=/admin-login",
                "cdi-login.login-required-paths", "/admin",
                "cdi-login.refresh-view", "/reauth?step=1",
                "cdi-login.redirect-host", ORIGIN), ItUser.class.getPackage());
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
    void prefixLoginViewWinsUnderItsPrefix() {
        Response admin = new HttpBrowser(base).get("admin/users");
        assertEquals(302, admin.status(), admin.toString());
        assertEquals(ORIGIN + "/redirects/admin-login?next=%2Fredirects%2Fadmin%2Fusers", admin.header("Location"));
    }

    @Test
    void defaultLoginViewEverywhereElseOnThePinnedHost() {
        Response profile = new HttpBrowser(base).get("profile", "Host", "evil.example.net");
        assertEquals(302, profile.status(), profile.toString());
        assertEquals(ORIGIN + "/redirects/login?next=%2Fredirects%2Fprofile", profile.header("Location"),
                "the redirect host is pinned, whatever Host header came");
    }

    @Test
    void staleLoginIsSentToTheRefreshViewWithNext() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.post("login", Map.of("username", "alice", "fresh", "false"));
        Response settings = browser.get("settings");
        assertEquals(302, settings.status(), settings.toString());
        assertEquals(ORIGIN + "/redirects/reauth?step=1&next=%2Fredirects%2Fsettings", settings.header("Location"));
    }

    @Test
    void requestsThatWantJsonAreNeverRedirected() {
        Response json = new HttpBrowser(base).get("admin/users", "Accept", "application/json, text/html;q=0.9");
        assertEquals(401, json.status(), json.toString());
        assertEquals("{\"error\":\"unauthorized\"}", json.body());
    }

    @Test
    void nextIsOfferedOnlyWhenItIsASafeLocalPath() {
        HttpBrowser browser = new HttpBrowser(base);
        assertEquals("next=/redirects/profile?tab=1", browser.get("next?next=%2Fredirects%2Fprofile%3Ftab%3D1").body());
        for (String hostile : new String[] {"%2F%2Fevil.com", "https%3A%2F%2Fevil.com", "%2F%5Cevil.com",
                "javascript%3Aalert(1)", "%2F%252F%252Fevil.com"}) {
            Response next = browser.get("next?next=" + hostile);
            assertEquals("next=none", next.body(), "hostile next " + hostile + " was offered: " + next);
        }
    }

    @Test
    void loginMessagesHaveFlaskLoginsDefaults() {
        assertEquals("Please log in to access this page.|Please reauthenticate to access this page.",
                new HttpBrowser(base).get("messages").body());
    }
}

package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.app.ItUsers;
import io.github.cdilogin.it.frozen.follows.WhoServlet;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A servlet, a filter and a listener, each created once for the application, read the current user
 * through the forms that follow the request ({@code @CurrentUser LoginUser}, {@code @CurrentUser
 * Instance<ItUser>}, {@code loginManager.currentUser(ItUser.class)}): each request shows its own user
 * to each of them, whoever came before.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class CurrentUserFollowsTheRequestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("follows", Map.of(), new Package[] {WhoServlet.class.getPackage()}, ItUser.class,
                ItUsers.class);
    }

    @ArquillianResource
    URL deployed;

    @Test
    void servletFilterAndListenerSeeAliceThenBobThenNobodyThenAliceAgain() {
        URI base = Loopback.base(deployed);
        HttpBrowser alice = loggedIn(base, "alice");
        HttpBrowser bob = loggedIn(base, "bob");
        HttpBrowser anonymous = new HttpBrowser(base);

        assertSaw("alice", alice);
        assertSaw("bob", bob);
        assertSaw("-", anonymous);
        assertSaw("alice", alice);
        assertSaw("-", anonymous);
    }

    private static HttpBrowser loggedIn(URI base, String username) {
        HttpBrowser browser = new HttpBrowser(base);
        Response login = browser.post("login-as", Map.of("username", username));
        assertEquals("logged in true", login.body(), login.toString());
        return browser;
    }

    private static void assertSaw(String user, HttpBrowser browser) {
        String each = user + "/" + user + "/" + user;
        Response who = browser.get("who");
        assertEquals("listener=" + each + " filter=" + each + " servlet=" + each, who.body(), who.toString());
    }
}

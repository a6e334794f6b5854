package io.github.cdilogin.test;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Starts container tests with a user logged in, fresh or not: Flask-Login's {@code FlaskLoginClient}
 * for tests that talk HTTP to a real server.
 *
 * <p>Call it inside the server (an Arquillian test that runs in the container, or any code of a test
 * deployment); it logs the user in through the library, in the request in progress, and returns the
 * session cookie that a test's HTTP client then sends:
 * <pre>{@code
 * @Test @OperateOnDeployment("app")            // runs in the server
 * void staleLoginIsSentToReauthenticate(@ArquillianResource URL base) {
 *     String cookie = TestLogins.sessionCookie(new AppUser("alice", "Alice", true), false);
 *     HttpResponse<String> settings = http.send(HttpRequest.newBuilder(base.toURI().resolve("settings"))
 *             .header("Cookie", cookie).build(), BodyHandlers.ofString());
 *     assertEquals(302, settings.statusCode());
 * }
 * }</pre>
 * Nothing else changes: the user is loaded by the application's {@code UserLoader} on each request,
 * guards and events behave as in production. For CDI tests without a server, see
 * {@link TestLoginSession}.
 */
public final class TestLogins {

    private TestLogins() {
    }

    /**
     * @param user the user to log in (active, or the login is refused)
     * @param fresh whether the login is fresh
     * @return a {@code Cookie} header value carrying the new session, such as {@code JSESSIONID=...}
     * @throws IllegalStateException outside an HTTP request, or when the user is not active
     */
    public static String sessionCookie(LoginUser user, boolean fresh) {
        LoginManager loginManager = CDI.current().select(LoginManager.class).get();
        if (!loginManager.login(user, fresh ? LoginOptions.DEFAULT : LoginOptions.DEFAULT.notFresh())) {
            throw new IllegalStateException("cdi-login: " + user.getId() + " is not active, so it cannot log in");
        }
        HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        return name + "=" + request.getSession(false).getId();
    }
}

package io.github.cdilogin;

import io.github.cdilogin.internal.CurrentHttpRequest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
        String value = setCookieValue(CDI.current().select(CurrentHttpRequest.class).get().responseOrNull(), name);
        return name + "=" + (value != null ? value : request.getSession(false).getId());
    }

    /**
     * The value of the last {@code Set-Cookie} of that name on the response: the session cookie exactly as
     * the container wrote it. It is not always the session's id: Open Liberty's cookie carries a cache id
     * before it (and a clone id after it), and a cookie of the bare id finds no session there.
     *
     * @param response the response of the request that logged in, or {@code null}
     * @param name the session cookie's name
     * @return the cookie's value, or {@code null} when the response has no such header to read
     */
    static String setCookieValue(HttpServletResponse response, String name) {
        if (response == null) {
            return null;
        }
        String found = null;
        for (String header : response.getHeaders("Set-Cookie")) {
            if (header.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                int end = header.indexOf(';');
                found = header.substring(name.length() + 1, end < 0 ? header.length() : end).trim();
            }
        }
        return found == null || found.isEmpty() ? null : found;
    }
}

package io.github.cdilogin.test;

import io.github.cdilogin.internal.session.TestSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Starts Weld SE tests with a user logged in, fresh or not: Flask-Login's {@code FlaskLoginClient}
 * for CDI tests without a server.
 *
 * <p>Add this class to the test's beans. It plays the browser: it produces the
 * {@code HttpServletRequest} of each request context, all sharing one session, so the library's real
 * session handling runs. Log a user in, start a request, and call the beans under test:
 * <pre>{@code
 * @EnableWeld
 * class PaymentsTest {
 *     @WeldSetup
 *     WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
 *                     .addBeanClasses(Payments.class, AppUsers.class, TestLoginSession.class)
 *                     .addExtensions(TestLoginSession.extension()))
 *             .activate(RequestScoped.class).build();
 *
 *     @Inject TestLoginSession session;
 *     @Inject Payments payments;
 *
 *     @Test
 *     void staleLoginCannotPay() {
 *         session.login("alice", false);                     // like FlaskLoginClient(user=alice, fresh_login=False)
 *         assertThrows(FreshLoginRequiredException.class, () -> payments.pay(order));
 *     }
 * }
 * }</pre>
 * The user is loaded through the application's {@code UserLoader} at the first use in a request, as
 * in production. The deployment runs with the in-memory remember store ({@code cdi-login.remember-store})
 * and a key made for the run ({@code cdi-login.secret}), so the library's warnings about production
 * set-ups stay out of the test's output; a system property or an environment variable of the test
 * wins. Remember me needs a real response and is not available here; container tests get a
 * logged-in session with {@link TestLogins#sessionCookie(io.github.cdilogin.LoginUser, boolean)}.
 */
@ApplicationScoped
public class TestLoginSession {

    /** The settings this class gives the deployment, when the test sets none of its own. */
    private static final String REMEMBER_STORE = "cdi-login.remember-store";
    private static final String SECRET = "cdi-login.secret";
    private static final String SECRET_FILE = "cdi-login.secret-file";

    /** Made per deployment: a test needs a key that is set (no warning), not one that is kept. */
    private final String secret = newSecret();

    private FakeHttp.Session session;

    /**
     * @return the library's CDI extension, for Weld SE set-ups that list their beans by hand
     */
    public static Extension extension() {
        return TestSupport.extension();
    }

    /**
     * Puts a login into the session, as if the user had logged in in an earlier request.
     *
     * @param userId the id the {@code UserLoader} knows the user by
     * @param fresh whether the login is fresh
     */
    public void login(String userId, boolean fresh) {
        session = new FakeHttp.Session();
        TestSupport.seedLogin(session, userId, fresh);
    }

    /** Drops the session, as a browser that was closed. */
    public void clear() {
        session = null;
    }

    /** @return the session's id, which a login changes; {@code null} without a session */
    public String sessionId() {
        return liveSession() == null ? null : session.getId();
    }

    private FakeHttp.Session liveSession() {
        if (session != null && !session.isValid()) {
            session = null; // a logout invalidated it: the browser's cookie now names nothing
        }
        return session;
    }

    @Produces
    @RequestScoped
    HttpServletRequest request() {
        return new BrowserRequest();
    }

    /**
     * The web application's context as far as the library reads it in a test: its settings. A test
     * runs with the in-memory remember store and a key made for the run, so the library's start-up
     * warnings about a missing DataSource and a random key, which are about production, stay out of
     * the test's output. A setting the test gives as a system property or an environment variable
     * (or through MicroProfile Config, read before this) wins.
     */
    @Produces
    ServletContext servletContext() {
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInitParameter" -> testDefault((String) args[0]);
                    case "getInitParameterNames" -> java.util.Collections.enumeration(java.util.List.of(REMEMBER_STORE, SECRET));
                    case "getAttribute" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "TestLoginSession's servlet context";
                    default -> throw new UnsupportedOperationException("TestLoginSession's servlet context has no "
                            + method.getName());
                });
    }

    private String testDefault(String key) {
        if (isSetElsewhere(key)) {
            return null;
        }
        return switch (key) {
            case REMEMBER_STORE -> "memory";
            case SECRET -> isSetElsewhere(SECRET_FILE) ? null : secret;
            default -> null;
        };
    }

    private static boolean isSetElsewhere(String key) {
        return System.getProperty(key) != null
                || System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)) != null;
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The request of one request context: a GET from 127.0.0.1 that shares the test's session. */
    private final class BrowserRequest extends FakeHttp.Request {

        BrowserRequest() {
            super("127.0.0.1", null);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (liveSession() == null && create) {
                session = new FakeHttp.Session();
            }
            return liveSession();
        }

        @Override
        public String changeSessionId() {
            if (liveSession() == null) {
                throw new IllegalStateException("no session");
            }
            return session.changeId();
        }

        @Override
        public String toString() {
            return "TestLoginSession request";
        }
    }
}

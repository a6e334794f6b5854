package io.github.cdilogin;

import io.github.cdilogin.internal.cdi.LoginExtension;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.StoredLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
 *     WeldInitiator weld = WeldInitiator.from(Payments.class, AppUsers.class, TestLoginSession.class)
 *             .addExtensions(TestLoginSession.extension()).activate(RequestScoped.class).build();
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
 * in production. Remember me needs a real response and is not available here; container tests get a
 * logged-in session with {@link TestLogins#sessionCookie(LoginUser, boolean)}.
 */
@ApplicationScoped
public class TestLoginSession {

    private Session session;

    /**
     * @return the library's CDI extension, for Weld SE set-ups that list their beans by hand
     */
    public static jakarta.enterprise.inject.spi.Extension extension() {
        return new io.github.cdilogin.internal.cdi.LoginExtension();
    }

    /**
     * Puts a login into the session, as if the user had logged in in an earlier request.
     *
     * @param userId the id the {@code UserLoader} knows the user by
     * @param fresh whether the login is fresh
     */
    public void login(String userId, boolean fresh) {
        session = new Session();
        SessionAttributes.seed(session.proxy, new StoredLogin(userId, fresh, false, false, null, null));
    }

    /** Drops the session, as a browser that was closed. */
    public void clear() {
        session = null;
    }

    /** @return the session's id, which a login changes; {@code null} without a session */
    public String sessionId() {
        return session == null ? null : session.id;
    }

    @Produces
    @RequestScoped
    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, new Request());
    }

    /** The request of one request context: a GET from 127.0.0.1 that shares the test's session. */
    private final class Request implements InvocationHandler {
        private final Map<String, Object> attributes = new HashMap<>();

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "getSession" -> session(args == null || (Boolean) args[0]);
                case "changeSessionId" -> {
                    if (session == null) {
                        throw new IllegalStateException("no session");
                    }
                    session.id = UUID.randomUUID().toString();
                    yield session.id;
                }
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                case "getMethod" -> "GET";
                case "getDispatcherType" -> DispatcherType.REQUEST;
                case "getRemoteAddr" -> "127.0.0.1";
                case "getHeader", "getParameter", "getParameterValues", "getQueryString", "getCookies", "getPathInfo" -> null;
                case "getHeaders" -> Collections.emptyEnumeration();
                case "getContextPath", "getServletPath" -> "";
                case "getRequestURI" -> "/";
                case "getLocale" -> Locale.ROOT;
                case "isSecure" -> false;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "TestLoginSession request";
                default -> throw new UnsupportedOperationException("TestLoginSession's request has no " + method.getName());
            };
        }

        private HttpSession session(boolean create) {
            if (session == null && create) {
                session = new Session();
            }
            return session == null ? null : session.proxy;
        }
    }

    /** The browser's session: survives request contexts until a logout invalidates it. */
    private final class Session implements InvocationHandler {
        private final Map<String, Object> attributes = new HashMap<>();
        private final HttpSession proxy = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, this);
        private String id = UUID.randomUUID().toString();

        @Override
        public Object invoke(Object target, Method method, Object[] args) {
            if (session != this && !method.getName().equals("invalidate")) {
                throw new IllegalStateException("the session was invalidated");
            }
            return switch (method.getName()) {
                case "getId" -> id;
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                case "isNew" -> false;
                case "getMaxInactiveInterval" -> 1800;
                case "invalidate" -> {
                    if (session == this) {
                        session = null;
                    }
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(target);
                case "equals" -> target == args[0];
                case "toString" -> "TestLoginSession session " + id;
                default -> throw new UnsupportedOperationException("TestLoginSession's session has no " + method.getName());
            };
        }
    }
}

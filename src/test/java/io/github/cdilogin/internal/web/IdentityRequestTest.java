package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link IdentityRequest} and {@link IdentityRequests}: what the platform sees, and that nothing loads the user unasked. */
class IdentityRequestTest {

    record AppUser(String getId, Set<String> getRoles, boolean isActive) implements LoginUser {
    }

    private static final LoginUser ALICE = new AppUser("alice", Set.of("admin"), true);
    private static final LoginUser BOB = new AppUser("bob", Set.of(), true);

    /** A login whose user the test sets, counting how often the user was asked for (the loader's runs). */
    static final class CountingLogin {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger logouts = new AtomicInteger();
        LoginUser user = LoginUser.anonymous();
        final LoginManager manager = (LoginManager) Proxy.newProxyInstance(LoginManager.class.getClassLoader(),
                new Class<?>[] {LoginManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("currentUser")) {
                        asked.incrementAndGet();
                        return user;
                    }
                    if (method.getName().equals("logout")) {
                        logouts.incrementAndGet();
                        user = LoginUser.anonymous();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * A container request of a visitor who has a session, which knows nobody or its own principal; any other
     * call than those read here fails.
     */
    private static HttpServletRequest container(Principal own, String role) {
        return container(own, role, "session-1", null, false);
    }

    /**
     * @param sessionId the session id the request asks for, or {@code null}
     * @param cookies its cookies, or {@code null}
     * @param sessionMade whether a session was made during the request (a login)
     */
    private static HttpServletRequest container(Principal own, String role, String sessionId, Cookie[] cookies,
                                                boolean sessionMade) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestedSessionId" -> sessionId;
                    case "getCookies" -> cookies;
                    case "getSession" -> sessionMade && !((Boolean) args[0]) ? sessionOf(proxy) : null;
                    case "getUserPrincipal" -> own;
                    case "getRemoteUser" -> own == null ? null : own.getName();
                    case "isUserInRole" -> own != null && args[0].equals(role);
                    case "getAuthType" -> own == null ? null : "BASIC";
                    case "authenticate" -> own != null;
                    case "logout" -> {
                        containerLogouts.incrementAndGet();
                        yield null;
                    }
                    case "getRequestURI" -> "/app/catalog";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final AtomicInteger containerLogouts = new AtomicInteger();

    /** A session that is only there: the tests that make one never read it. */
    private static HttpSession sessionOf(Object request) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The settings' traces of a login, in an application with a {@code RequestLoader} or without. */
    private static LoginTraces traces(boolean requestLoader) {
        return new LoginTraces(LoginSettings.defaults().remember(), request -> requestLoader);
    }

    private static IdentityRequests identity(ContainerIdentity mode, Supplier<LoginManager> login) {
        return new IdentityRequests(mode, login, traces(false));
    }

    private final CountingLogin login = new CountingLogin();
    private final Supplier<LoginManager> manager = () -> login.manager;

    /** The request the filter passes down the chain, made as the filter makes it (the hand-over first). */
    private static HttpServletRequest presented(IdentityRequests identity, HttpServletRequest request) {
        return IdentityRequests.presented(identity.exchange(request, untouchable()));
    }

    private HttpServletRequest wrapped() {
        return presented(identity(ContainerIdentity.REQUEST, manager), container(null, null));
    }

    @Test
    void wrappingAndOrdinaryCallsNeverLoadTheUser() {
        HttpServletRequest request = wrapped();
        assertEquals("/app/catalog", request.getRequestURI());
        assertEquals(0, login.asked.get());
    }

    @Test
    void aVisitorWithoutSessionOrRememberCookieIsNobodyWithoutTheLoginBeingAsked() {
        login.user = ALICE; // what the login would say: it must not be asked
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, manager),
                container(null, null, null, new Cookie[] {new Cookie("theme", "dark")}, false));
        assertNull(request.getUserPrincipal());
        assertNull(request.getRemoteUser());
        assertNull(request.getAuthType());
        assertFalse(request.isUserInRole("**"));
        assertEquals(0, login.asked.get());
    }

    @Test
    void aRememberCookieASessionMadeDuringTheRequestOrARequestLoaderMakeTheLoginAsked() {
        login.user = ALICE;
        Cookie[] remember = {new Cookie(LoginSettings.defaults().remember().cookieName(), "anything")};
        assertEquals("alice", presented(identity(ContainerIdentity.REQUEST, manager),
                container(null, null, null, remember, false)).getRemoteUser());
        assertEquals("alice", presented(identity(ContainerIdentity.REQUEST, manager),
                container(null, null, null, null, true)).getRemoteUser(), "a login during the request made its session");
        assertEquals("alice", presented(new IdentityRequests(ContainerIdentity.REQUEST, manager, traces(true)),
                container(null, null, null, null, false)).getRemoteUser(), "a RequestLoader reads any request");
        assertEquals(3, login.asked.get());
    }

    @Test
    void theLoggedInUserIsThePrincipalAndTheRemoteUser() {
        login.user = ALICE;
        HttpServletRequest request = wrapped();
        assertEquals("alice", request.getUserPrincipal().getName());
        assertEquals("alice", request.getRemoteUser());
        assertEquals(IdentityRequest.AUTH_TYPE, request.getAuthType());
        assertSame(request.getUserPrincipal(), request.getUserPrincipal(), "one principal per user, not one per question");
    }

    @Test
    void rolesComeFromTheUsersRoles() {
        login.user = ALICE;
        HttpServletRequest request = wrapped();
        assertTrue(request.isUserInRole("admin"));
        assertFalse(request.isUserInRole("Admin"), "role names are case-sensitive");
        assertFalse(request.isUserInRole(null));
        assertTrue(request.isUserInRole("**"), "the Servlet specification's any-authenticated role");
        login.user = BOB;
        assertFalse(request.isUserInRole("admin"));
    }

    @Test
    void anonymousRequestsSeeNobody() {
        HttpServletRequest request = wrapped();
        assertNull(request.getUserPrincipal());
        assertNull(request.getRemoteUser());
        assertNull(request.getAuthType());
        assertFalse(request.isUserInRole("admin"));
        assertFalse(request.isUserInRole("**"));
    }

    @Test
    void anInactiveUserIsNobodyToThePlatformAsToTheGuards() {
        login.user = new AppUser("carol", Set.of("admin"), false);
        HttpServletRequest request = wrapped();
        assertNull(request.getUserPrincipal());
        assertFalse(request.isUserInRole("admin"));
    }

    @Test
    void aLogoutDuringTheRequestIsSeenAtTheNextQuestion() {
        login.user = ALICE;
        HttpServletRequest request = wrapped();
        assertEquals("alice", request.getRemoteUser());
        login.user = LoginUser.anonymous();
        assertNull(request.getUserPrincipal());
        assertNull(request.getRemoteUser());
        assertFalse(request.isUserInRole("admin"));
    }

    @Test
    void theContainersOwnPrincipalWinsAndTheUserIsNotLoaded() {
        login.user = ALICE;
        Principal own = () -> "realm-user";
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, manager),
                container(own, "manager"));
        assertSame(own, request.getUserPrincipal());
        assertEquals("realm-user", request.getRemoteUser());
        assertTrue(request.isUserInRole("manager"));
        assertFalse(request.isUserInRole("admin"), "the cdi-login user's roles are not mixed in");
        assertEquals("BASIC", request.getAuthType());
        assertEquals(0, login.asked.get());
    }

    @Test
    void noRequestContextMeansNobodyNotAnError() {
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, () -> {
            throw new ContextNotActiveException("no request context on this thread");
        }), container(null, null));
        assertNull(request.getUserPrincipal());
        assertFalse(request.isUserInRole("admin"));
    }

    @Test
    void noneModePassesTheContainersRequestOnUntouched() {
        HttpServletRequest original = container(null, null);
        assertSame(original, presented(identity(ContainerIdentity.NONE, manager), original));
        assertEquals(0, login.asked.get());
    }

    @Test
    void otherLoginFailuresAreNotSwallowed() {
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, () -> {
            throw new IllegalStateException("loader failed");
        }), container(null, null));
        assertThrows(IllegalStateException.class, request::getUserPrincipal);
    }

    /** A response any call on which fails the test: authenticate must not write a challenge of its own. */
    private static HttpServletResponse untouchable() {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    throw new AssertionError("authenticate touched the response: " + method.getName());
                });
    }

    @Test
    void authenticateSaysTrueForALoggedInUserAndFalseForNobodyWithoutAContainerChallenge() throws Exception {
        login.user = ALICE;
        assertTrue(wrapped().authenticate(untouchable()));
        login.user = LoginUser.anonymous();
        assertFalse(wrapped().authenticate(untouchable()));
    }

    @Test
    void authenticateIsTheContainersWhenTheContainerAuthenticatedTheRequest() throws Exception {
        login.user = ALICE;
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, manager),
                container(() -> "realm-user", "manager"));
        assertTrue(request.authenticate(untouchable()));
        assertEquals(0, login.asked.get());
    }

    @Test
    void thePlatformsLogoutEndsTheLibrarysLoginSoThePrincipalIsGone() throws Exception {
        login.user = ALICE;
        HttpServletRequest request = wrapped();
        int container = containerLogouts.get();
        request.logout();
        assertEquals(1, login.logouts.get());
        assertEquals(container, containerLogouts.get(), "the container had no login to end");
        assertNull(request.getUserPrincipal());
        assertNull(request.getRemoteUser());
    }

    @Test
    void thePlatformsLogoutOfNobodyEndsNothing() throws Exception {
        HttpServletRequest request = wrapped();
        int container = containerLogouts.get();
        request.logout();
        assertEquals(0, login.logouts.get());
        assertEquals(container, containerLogouts.get());
    }

    @Test
    void thePlatformsLogoutIsTheContainersWhenTheContainerAuthenticatedTheRequest() throws Exception {
        login.user = ALICE;
        HttpServletRequest request = presented(identity(ContainerIdentity.REQUEST, manager),
                container(() -> "realm-user", "manager"));
        int container = containerLogouts.get();
        request.logout();
        assertEquals(container + 1, containerLogouts.get());
        assertEquals(0, login.logouts.get());
        assertEquals(0, login.asked.get());
    }
}

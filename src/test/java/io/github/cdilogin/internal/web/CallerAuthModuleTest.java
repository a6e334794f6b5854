package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.Test;

/**
 * {@link CallerAuthModule}: what the container is told of each request's caller, and that a request that
 * cannot carry a login never reaches the login at all.
 */
class CallerAuthModuleTest {

    record AppUser(String getId, Set<String> getRoles) implements LoginUser {
    }

    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private LoginUser user = LoginUser.anonymous();
    private final List<Callback> told = new ArrayList<>();

    private final LoginManager login = (LoginManager) Proxy.newProxyInstance(LoginManager.class.getClassLoader(),
            new Class<?>[] {LoginManager.class}, (proxy, method, args) -> switch (method.getName()) {
                case "currentUser" -> {
                    asked.incrementAndGet();
                    yield user;
                }
                case "source" -> user.isAnonymous() ? LoginSource.NONE : LoginSource.SESSION;
                case "logout" -> {
                    logouts.incrementAndGet();
                    user = LoginUser.anonymous();
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private CallerAuthModule module(boolean requestLoader) {
        CallerAuthModule module = new CallerAuthModule(LoginSettings.defaults().remember(), () -> login, request -> requestLoader,
                (request, response) -> refusals.incrementAndGet());
        module.initialize(null, null, callbacks -> told.addAll(List.of(callbacks)), Map.of());
        return module;
    }

    /**
     * A request with the given session id and cookies, before any session was made for it; any other question
     * than those read here fails.
     */
    private static HttpServletRequest request(String sessionId, Cookie... cookies) {
        return request(Map.of(), sessionId, cookies);
    }

    /** The same, with request attributes. */
    private static HttpServletRequest request(Map<String, Object> attributes, String sessionId, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestedSessionId" -> sessionId;
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getSession" -> null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MessageInfo message(HttpServletRequest request) {
        return message(request, false);
    }

    /**
     * @param mandatory whether the container requires a login ({@code request.authenticate}): the response then
     *        says it is not committed, and fails any other question
     */
    private static MessageInfo message(HttpServletRequest request, boolean mandatory) {
        return message(request, mandatory, false);
    }

    /** @param committed what the response says when asked whether it is committed (a login is required) */
    private static MessageInfo message(HttpServletRequest request, boolean mandatory, boolean committed) {
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (mandatory && method.getName().equals("isCommitted")) {
                        return committed;
                    }
                    throw new UnsupportedOperationException("the module wrote to the response: " + method.getName());
                });
        Map<String, Object> map = new HashMap<>();
        if (mandatory) {
            map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", "true");
        }
        return new MessageInfo() {
            public Object getRequestMessage() {
                return request;
            }

            public Object getResponseMessage() {
                return response;
            }

            public void setRequestMessage(Object request) {
                throw new UnsupportedOperationException();
            }

            public void setResponseMessage(Object response) {
                throw new UnsupportedOperationException();
            }

            @SuppressWarnings("rawtypes")
            public Map getMap() {
                return map;
            }
        };
    }

    private CallerPrincipalCallback caller() {
        return (CallerPrincipalCallback) told.get(0);
    }

    @Test
    void aRequestWithNeitherSessionNorRememberCookieIsAnonymousWithoutAskingTheLogin() throws Exception {
        user = new AppUser("alice", Set.of("admin"));
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request(null)), new Subject(), null));
        assertEquals(0, asked.get());
        assertEquals(1, told.size());
        assertNull(caller().getPrincipal());
        assertNull(caller().getName());
    }

    @Test
    void aRequestWithASessionTellsTheContainerTheUsersIdAndRolesAsGroups() throws Exception {
        user = new AppUser("alice", Set.of("admin"));
        Subject client = new Subject();
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request("s1")), client, null));
        assertEquals(1, asked.get());
        assertEquals("alice", caller().getName());
        assertEquals(client, caller().getSubject());
        assertArrayEquals(new String[] {"admin"}, ((GroupPrincipalCallback) told.get(1)).getGroups());
    }

    @Test
    void aRememberCookieAloneIsEnoughToAskTheLogin() throws Exception {
        user = new AppUser("bob", Set.of());
        Cookie remember = new Cookie(LoginSettings.defaults().remember().cookieName(), "value");
        module(false).validateRequest(message(request(null, new Cookie("other", "x"), remember)), new Subject(), null);
        assertEquals("bob", caller().getName());
        assertArrayEquals(new String[0], ((GroupPrincipalCallback) told.get(1)).getGroups());
    }

    @Test
    void withARequestLoaderEveryRequestAsksTheLogin() throws Exception {
        module(true).validateRequest(message(request(null)), new Subject(), null);
        assertEquals(1, asked.get());
    }

    @Test
    void aSessionWhoseLoginHasEndedIsAnonymousToTheContainer() throws Exception {
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request("s1")), new Subject(), null));
        assertEquals(1, told.size());
        assertNull(caller().getName());
    }

    @Test
    void theContainersLogoutEndsTheCdiLoginLoginOnceAndNotWhenNobodyIsLoggedIn() throws Exception {
        CallerAuthModule module = module(false);
        module.cleanSubject(message(request("s1")), new Subject());
        assertEquals(0, logouts.get());
        user = new AppUser("alice", Set.of("admin"));
        module.cleanSubject(message(request("s1")), new Subject());
        module.cleanSubject(message(request("s1")), new Subject());
        assertEquals(1, logouts.get());
    }

    @Test
    void anAuthenticateForNobodyGetsTheGuardsAnswerAndSendContinueSoItReturnsFalse() throws Exception {
        assertEquals(AuthStatus.SEND_CONTINUE, module(false).validateRequest(message(request(null), true), new Subject(), null));
        assertEquals(1, refusals.get());
        assertTrue(told.isEmpty(), "a caller was told: " + told);
    }

    @Test
    void anAuthenticateForNobodyOnACommittedResponseFailsSoItNeverReturnsTrueForNobody() throws Exception {
        assertEquals(AuthStatus.SEND_FAILURE,
                module(false).validateRequest(message(request(null), true, true), new Subject(), null));
        assertEquals(AuthStatus.SEND_FAILURE,
                module(false).validateRequest(message(request("ended"), true, true), new Subject(), null));
        assertEquals(0, refusals.get());
        assertTrue(told.isEmpty(), "a caller was told: " + told);
    }

    @Test
    void anAuthenticateForAUserOnACommittedResponseStillTellsTheCaller() throws Exception {
        user = new AppUser("alice", Set.of("admin"));
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request("s1"), true, true), new Subject(), null));
        assertEquals("alice", caller().getName());
    }

    @Test
    void anAuthenticateForAUserTellsTheCallerAndAnswersNothing() throws Exception {
        user = new AppUser("alice", Set.of("admin"));
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request("s1"), true), new Subject(), null));
        assertEquals("alice", caller().getName());
        assertEquals(0, refusals.get());
    }

    @Test
    void jakartaSecuritysAuthenticateForNobodyIsToldNobodyWithoutAnAnswer() throws Exception {
        HttpServletRequest request = request(Map.of("org.glassfish.soteria.security.message.request.authentication", true), null);
        assertEquals(AuthStatus.SUCCESS, module(false).validateRequest(message(request, true), new Subject(), null));
        assertNull(caller().getName());
        assertEquals(0, refusals.get());
    }

    @Test
    void theContainersLogoutWithAReadOnlySubjectStillEndsTheLogin() throws Exception {
        user = new AppUser("alice", Set.of("admin"));
        Subject readOnly = new Subject();
        readOnly.setReadOnly();
        module(false).cleanSubject(message(request("s1")), readOnly);
        assertEquals(1, logouts.get());
    }
}

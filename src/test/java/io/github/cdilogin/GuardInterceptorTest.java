package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.GuardedReports;
import io.github.cdilogin.support.GuardedService;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @LoginRequired} and {@code @FreshLoginRequired} on CDI beans. */
@EnableWeld
class GuardInterceptorTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(GuardedService.class, GuardedReports.class,
            GuardedSubReports.class);

    /** Inherits the class-level guard of {@link GuardedReports} ({@code @LoginRequired} is {@code @Inherited}). */
    @ApplicationScoped
    @Typed(GuardedSubReports.class)
    static class GuardedSubReports extends GuardedReports {
        public String yearly() {
            return "yearly";
        }
    }

    @Inject
    LoginManager loginManager;

    /** The browser: the one session of these tests, in which the library's real session handling runs. */
    @Inject
    TestLoginSession browser;

    @Inject
    CountingUserLoader users;

    @Inject
    GuardedService service;

    @Inject
    GuardedReports reports;

    @Inject
    GuardedSubReports subReports;

    /** The request of the current request context (the browser's), as the library's filter would serve it. */
    @Inject
    HttpServletRequest request;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice");

    @BeforeEach
    void beginRequest() {
        users.save(alice);
        requests = new Requests(weld);
        requests.begin();
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void anonymousCallToALoginRequiredMethodThrowsLoginRequired() {
        LoginRequiredException refused = assertThrows(LoginRequiredException.class, service::open);

        assertEquals("Login required for " + GuardedService.class.getName() + "#open", refused.getMessage());
    }

    @Test
    void anonymousCallToAFreshLoginRequiredMethodThrowsLoginRequiredNotFreshLoginRequired() {
        LoginRequiredException refused = assertThrows(LoginRequiredException.class, service::changePassword);

        assertFalse(refused instanceof FreshLoginRequiredException, "got " + refused);
    }

    @Test
    void anonymousCallToAClassLevelGuardedBeanThrowsLoginRequired() {
        LoginRequiredException refused = assertThrows(LoginRequiredException.class, reports::monthly);

        assertEquals("Login required for " + GuardedReports.class.getName() + "#monthly", refused.getMessage());
    }

    @Test
    void anonymousCallToASubclassOfAGuardedBeanThrowsLoginRequired() {
        assertThrows(LoginRequiredException.class, subReports::yearly);
    }

    @Test
    void anonymousCallToAnUnguardedMethodOfAGuardedServicePasses() {
        assertEquals("public", service.publicInfo());
    }

    @Test
    void loggedInCallToALoginRequiredMethodPasses() {
        loginManager.login(alice);

        assertEquals("opened", service.open());
    }

    @Test
    void loggedInCallToAClassLevelGuardedBeanPasses() {
        loginManager.login(alice);

        assertEquals("monthly", reports.monthly());
    }

    @Test
    void freshLoginPassesAFreshLoginRequiredMethod() {
        loginManager.login(alice);

        assertEquals("changed", service.changePassword());
    }

    @Test
    void loginFromAnEarlierRequestPassesTheGuards() {
        loginManager.login(alice);
        requests.next();

        assertEquals("opened", service.open());
        assertEquals("changed", service.changePassword());
    }

    @Test
    void notFreshLoginIsRefusedByAFreshLoginRequiredMethod() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        FreshLoginRequiredException refused = assertThrows(FreshLoginRequiredException.class, service::changePassword);

        assertEquals("Fresh login required for " + GuardedService.class.getName() + "#changePassword",
                refused.getMessage());
    }

    @Test
    void notFreshLoginPassesALoginRequiredMethod() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertEquals("opened", service.open());
    }

    @Test
    void confirmLetsAFreshLoginRequiredMethodPassAgain() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        assertThrows(FreshLoginRequiredException.class, service::changePassword);

        loginManager.confirm();

        assertEquals("changed", service.changePassword());
    }

    @Test
    void confirmChangesTheSessionId() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        String before = browser.sessionId();
        assertNotNull(before, "the login made no session");

        loginManager.confirm();

        assertNotEquals(before, browser.sessionId(), "session id after confirm");
        assertNotNull(browser.sessionId(), "the session after confirm");
    }

    @Test
    void forcedLoginOfAnInactiveUserDoesNotPassTheGuards() {
        loginManager.login(users.save(AppUser.inactive("carol")), LoginOptions.DEFAULT.force());

        assertThrows(LoginRequiredException.class, service::open);
    }

    @Test
    void anonymousCallDuringAnOptionsRequestIsRefused() {
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(withMethod("OPTIONS"), committedResponse());
        try {
            assertThrows(LoginRequiredException.class, service::open);
            assertThrows(LoginRequiredException.class, reports::monthly);
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    @Test
    void loggedInCallDuringAnOptionsRequestPasses() {
        loginManager.login(alice);
        requests.next();
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(withMethod("OPTIONS"), committedResponse());
        try {
            assertEquals("opened", service.open());
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    @Test
    void logoutMakesTheGuardsRefuseAgain() {
        loginManager.login(alice);
        service.open();

        loginManager.logout();

        assertThrows(LoginRequiredException.class, service::open);
    }

    /** This request, with another HTTP method. */
    private HttpServletRequest withMethod(String method) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return method;
            }
        };
    }

    private static HttpServletResponse committedResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isCommitted")) {
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

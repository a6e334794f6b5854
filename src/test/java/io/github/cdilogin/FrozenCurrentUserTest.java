package io.github.cdilogin;

import static io.github.cdilogin.support.DeploymentFailures.assertContainsAll;
import static io.github.cdilogin.support.DeploymentFailures.assertDeploys;
import static io.github.cdilogin.support.DeploymentFailures.failure;

import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.AppUserHolder;
import io.github.cdilogin.support.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.OnMessage;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/**
 * {@code @CurrentUser AppUser} (the application's own user type) is a value taken when its holder is
 * created. Wherever the holder outlives the request, the deployment fails with CDILOGIN-005 naming the
 * holder, the field or parameter, and the forms that follow the request. Weld SE finds servlets, filters,
 * listeners, endpoints and providers as beans, as WildFly does in a bean archive that holds every class.
 */
class FrozenCurrentUserTest {

    // Holders that outlive the request.

    @SessionScoped
    static class SessionHolder implements Serializable {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        AppUser user;
    }

    @Singleton
    static class SingletonHolder {
        @Inject
        @CurrentUser
        AppUser user;
    }

    @Singleton
    static class ConstructorHolder {
        @Inject
        ConstructorHolder(LoginManager loginManager, @CurrentUser AppUser user) {
        }
    }

    static class UserServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        AppUser user;
    }

    static class InitializerServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        void remember(@CurrentUser AppUser user) {
        }
    }

    static class UserFilter extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        AppUser user;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        }
    }

    static class UserListener implements ServletRequestListener {
        @Inject
        @CurrentUser
        AppUser user;

        @Override
        public void requestInitialized(ServletRequestEvent event) {
        }
    }

    @ServerEndpoint("/who")
    static class UserEndpoint {
        @Inject
        @CurrentUser
        AppUser user;

        @OnMessage
        public String who(String message) {
            return message;
        }
    }

    @jakarta.ws.rs.ext.Provider
    static class UserProvider implements ContainerRequestFilter {
        @Inject
        @CurrentUser
        AppUser user;

        @Override
        public void filter(ContainerRequestContext request) {
        }
    }

    // A @Dependent bean that takes the value, and where it is injected.

    static class Greeting {
        @Inject
        @CurrentUser
        AppUser user;
    }

    @ApplicationScoped
    static class GreetingBoard {
        @Inject
        Greeting greeting;
    }

    static class Doorman {
        @Inject
        Greeting greeting;
    }

    @ApplicationScoped
    static class Lobby {
        @Inject
        Doorman doorman;
    }

    static class GreetingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Greeting greeting;
    }

    @RequestScoped
    static class GreetingPage {
        @Inject
        Greeting greeting;
    }

    // Holders that outlive the request and use the forms that follow it.

    static class FollowingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        LoginUser user;

        @Inject
        @CurrentUser
        Instance<AppUser> appUser;

        @Inject
        @CurrentUser
        Provider<AppUser> appUserProvider;

        @Inject
        LoginManager loginManager;
    }

    @ApplicationScoped
    static class FollowingService {
        @Inject
        @CurrentUser
        LoginUser user;

        @Inject
        @CurrentUser
        Instance<AppUser> appUser;
    }

    // The tests.

    @Test
    void sessionScopedBeanTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(SessionHolder.class), "CDILOGIN-005");

        assertContainsAll(failure, SessionHolder.class.getName() + " is @SessionScoped",
                "injects @CurrentUser AppUser at field 'user'", "'@CurrentUser LoginUser'",
                "'@CurrentUser Instance<AppUser>'", "loginManager.currentUser(AppUser.class)", "@RequestScoped");
    }

    @Test
    void singletonBeanTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(SingletonHolder.class), "CDILOGIN-005");

        assertContainsAll(failure, SingletonHolder.class.getName() + " is @Singleton", "at field 'user'");
    }

    @Test
    void constructorParameterIsNamedByItsPosition() {
        String failure = failure(TestDeployment.weld(ConstructorHolder.class), "CDILOGIN-005");

        assertContainsAll(failure, ConstructorHolder.class.getName(), "at parameter 2 of the constructor");
    }

    @Test
    void servletTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(UserServlet.class), "CDILOGIN-005");

        assertContainsAll(failure, UserServlet.class.getName() + " is a servlet",
                "injects @CurrentUser AppUser at field 'user'", "'@CurrentUser LoginUser'",
                "'@CurrentUser Instance<AppUser>'", "loginManager.currentUser(AppUser.class)");
    }

    @Test
    void servletInitializerMethodIsNamed() {
        String failure = failure(TestDeployment.weld(InitializerServlet.class), "CDILOGIN-005");

        assertContainsAll(failure, InitializerServlet.class.getName() + " is a servlet",
                "at parameter 1 of method remember");
    }

    @Test
    void filterTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(UserFilter.class), "CDILOGIN-005");

        assertContainsAll(failure, UserFilter.class.getName() + " is a servlet filter", "at field 'user'");
    }

    @Test
    void listenerTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(UserListener.class), "CDILOGIN-005");

        assertContainsAll(failure, UserListener.class.getName() + " is a servlet listener", "at field 'user'");
    }

    @Test
    void webSocketEndpointTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(UserEndpoint.class), "CDILOGIN-005");

        assertContainsAll(failure, UserEndpoint.class.getName() + " is a WebSocket endpoint", "at field 'user'");
    }

    @Test
    void jaxRsProviderTakingTheApplicationsUserTypeFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(UserProvider.class), "CDILOGIN-005");

        assertContainsAll(failure, UserProvider.class.getName() + " is a JAX-RS provider", "at field 'user'");
    }

    @Test
    void dependentBeanTakingTheValueInjectedIntoAnApplicationScopedBeanFailsNamingBoth() {
        String failure = failure(TestDeployment.weld(Greeting.class, GreetingBoard.class), "CDILOGIN-005");

        assertContainsAll(failure, GreetingBoard.class.getName() + " is @ApplicationScoped",
                "injects the @Dependent bean " + Greeting.class.getName() + " at field 'greeting', which injects"
                + " @CurrentUser AppUser at field 'user'");
    }

    @Test
    void dependentBeanTakingTheValueInjectedIntoAServletFailsNamingBoth() {
        String failure = failure(TestDeployment.weld(Greeting.class, GreetingServlet.class), "CDILOGIN-005");

        assertContainsAll(failure, GreetingServlet.class.getName() + " is a servlet", "at field 'greeting'",
                Greeting.class.getName());
    }

    @Test
    void dependentBeansTwoStepsAwayAreFollowed() {
        String failure = failure(TestDeployment.weld(Greeting.class, Doorman.class, Lobby.class), "CDILOGIN-005");

        assertContainsAll(failure, Lobby.class.getName() + " is @ApplicationScoped", "at field 'doorman'",
                Doorman.class.getName(), Greeting.class.getName());
    }

    @Test
    void dependentBeanTakingTheValueInARequestScopedBeanDeploys() {
        assertDeploys(TestDeployment.weld(Greeting.class, GreetingPage.class, AppUserHolder.class));
    }

    @Test
    void formsThatFollowTheRequestDeployInAServletAndAnApplicationScopedBean() {
        assertDeploys(TestDeployment.weld(FollowingServlet.class, FollowingService.class));
    }

    @Test
    void everyFrozenInjectionIsReportedInTheSameFailure() {
        String failure = failure(TestDeployment.weld(UserServlet.class, UserFilter.class, SessionHolder.class),
                "CDILOGIN-005");

        assertContainsAll(failure, UserServlet.class.getName(), UserFilter.class.getName(), SessionHolder.class.getName());
    }
}

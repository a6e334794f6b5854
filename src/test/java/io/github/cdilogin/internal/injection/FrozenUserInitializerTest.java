package io.github.cdilogin.internal.injection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.support.AppUser;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library's initializer fails the web application's start for servlets, filters, listeners and
 * WebSocket endpoints that take {@code @CurrentUser} of the application's type, the classes CDI does not
 * see on every server. It reads them by reflection, as the servlet container hands them over.
 */
class FrozenUserInitializerTest {

    static class UserServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        AppUser user;
    }

    abstract static class BaseServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        AppUser owner;
    }

    static class InheritingServlet extends BaseServlet {
        private static final long serialVersionUID = 1L;
    }

    static class SessionIdListener implements HttpSessionIdListener {
        @Inject
        void remember(LoginManager loginManager, @CurrentUser AppUser user) {
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        }
    }

    static class AttributeListener implements HttpSessionAttributeListener {
        private final AppUser user;

        @Inject
        AttributeListener(@CurrentUser AppUser user) {
            this.user = user;
        }
    }

    @ServerEndpoint("/who")
    static class AnnotatedEndpoint {
        @Inject
        @CurrentUser
        AppUser user;
    }

    static class ProgrammaticEndpoint extends Endpoint {
        @Inject
        @CurrentUser
        AppUser user;

        @Override
        public void onOpen(Session session, EndpointConfig config) {
        }
    }

    /** Every form that follows the request, and a @CurrentUser field without @Inject (not an injection). */
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
        jakarta.inject.Provider<AppUser> provider;

        @CurrentUser
        AppUser notInjected;

        @Inject
        AppUser unqualified;

        void requestInitialized(ServletRequestEvent event) {
        }
    }

    @Test
    void servletFieldIsNamedWithTheFix() {
        String problem = only(FrozenUserInitializer.problems(Set.of(UserServlet.class)));

        assertTrue(problem.startsWith("CDILOGIN-005: " + UserServlet.class.getName() + " is a servlet and injects"
                + " @CurrentUser AppUser at field 'user'."), problem);
        assertTrue(problem.contains("'@CurrentUser LoginUser'") && problem.contains("'@CurrentUser Instance<AppUser>'")
                && problem.contains("'loginManager.currentUser(AppUser.class)'"), problem);
    }

    @Test
    void inheritedFieldIsFoundOnTheServletTheContainerCreates() {
        String problem = only(FrozenUserInitializer.problems(new LinkedHashSet<>(List.of(BaseServlet.class,
                InheritingServlet.class))));

        assertTrue(problem.contains(InheritingServlet.class.getName() + " is a servlet and injects @CurrentUser AppUser"
                + " at field 'owner'"), problem);
    }

    @Test
    void listenersOfEveryKindAreCheckedWithTheirMethodAndConstructorParameters() {
        List<String> problems = FrozenUserInitializer.problems(Set.of(SessionIdListener.class, AttributeListener.class));

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains(SessionIdListener.class.getName() + " is a servlet listener"
                + " and injects @CurrentUser AppUser at parameter 2 of method remember")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains(AttributeListener.class.getName() + " is a servlet listener"
                + " and injects @CurrentUser AppUser at parameter 1 of the constructor")), problems::toString);
    }

    @Test
    void webSocketEndpointsOfBothKindsAreChecked() {
        List<String> problems = FrozenUserInitializer.problems(Set.of(AnnotatedEndpoint.class, ProgrammaticEndpoint.class));

        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.contains(" is a WebSocket endpoint and injects")), problems::toString);
    }

    @Test
    void formsThatFollowTheRequestPass() {
        assertEquals(List.of(), FrozenUserInitializer.problems(Set.of(FollowingServlet.class)));
    }

    @Test
    void theWebApplicationDoesNotStart() {
        ServletException refused = assertThrows(ServletException.class,
                () -> new FrozenUserInitializer().onStartup(Set.of(UserServlet.class, AnnotatedEndpoint.class), null));

        assertTrue(refused.getMessage().contains(UserServlet.class.getName())
                && refused.getMessage().contains(AnnotatedEndpoint.class.getName()), refused.getMessage());
    }

    @Test
    void anApplicationWithoutSuchClassesStarts() throws ServletException {
        new FrozenUserInitializer().onStartup(null, null);
        new FrozenUserInitializer().onStartup(Set.of(FollowingServlet.class), null);
    }

    private static String only(List<String> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}

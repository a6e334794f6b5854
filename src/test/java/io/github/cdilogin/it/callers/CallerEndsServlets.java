package io.github.cdilogin.it.callers;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.it.identity.RoleUsers;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The container's view of the caller where a login ends (or is restored) in the request itself: the EJB's
 * caller, the servlet's principal and the {@code @CurrentUser} injection side by side, the EJB's admin-only
 * method tried in the same request, the devices to revoke, and {@code request.authenticate}.
 */
public final class CallerEndsServlets {

    private CallerEndsServlets() {
    }

    /** {@code caller=.. admin=.. principal=.. currentUser=..}: the EJB, the servlet API and the injection. */
    static String seen(CallerBean bean, HttpServletRequest request, LoginUser user) {
        return bean.caller() + " principal=" + (request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName())
                + " currentUser=" + user.getId();
    }

    /** @return the admin-only method's answer, or {@code refused} when the container refused the call */
    static String adminOnly(CallerBean bean) {
        try {
            return bean.adminOnly();
        } catch (EJBAccessException refused) {
            return "refused";
        }
    }

    /** Everything the container says of the caller in one request, and whether the admin-only method ran for it. */
    @WebServlet("/ends/all")
    public static class All extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        CallerBean bean;

        @Inject
        @CurrentUser
        LoginUser user;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(seen(bean, request, user) + " | " + adminOnly(bean));
        }
    }

    /**
     * {@code LoginManager.logout()} ({@code /ends/logout}), or the login of {@code username} over the session's
     * user ({@code /ends/switch}), or a logout and then that login ({@code /ends/relogin}), with what the
     * container says before it and after it in the same request, and whether the admin-only method ran after it.
     */
    @WebServlet({"/ends/logout", "/ends/switch", "/ends/relogin"})
    public static class Logout extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        CallerBean bean;

        @Inject
        @CurrentUser
        LoginUser user;

        @Inject
        LoginManager loginManager;

        @Inject
        RoleUsers users;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String before = seen(bean, request, user);
            String path = request.getServletPath();
            if (!path.equals("/ends/switch")) {
                loginManager.logout();
            }
            if (!path.equals("/ends/logout")) {
                loginManager.login(users.find(request.getParameter("username")).orElseThrow());
            }
            response.setContentType("text/plain");
            response.getWriter().print(before + " | " + seen(bean, request, user) + " | " + adminOnly(bean));
        }
    }

    /**
     * GET: this browser's device id. POST: {@code device} revokes that device, {@code others} every other one.
     */
    @WebServlet("/ends/devices")
    public static class Devices extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(loginManager.devices().stream().filter(RememberedDevice::current)
                    .map(RememberedDevice::id).collect(Collectors.joining(",")));
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String answer;
            if (request.getParameter("others") != null) {
                loginManager.revokeOtherDevices();
                answer = "revoked others";
            } else {
                answer = "revoked " + loginManager.revokeDevice(request.getParameter("device"));
            }
            response.setContentType("text/plain");
            response.getWriter().print(answer);
        }
    }

    /**
     * {@code request.authenticate(response)}: for a caller, its answer and what the container says; when it
     * answers {@code false} the response is the login mechanism's, and this servlet adds nothing to it. Counts
     * both answers, so that a test can tell a {@code false} from a refusal that never reached here. With
     * {@code committed}, it asks once the response is committed (the page's first bytes flushed), when no
     * answer can be written any more, and answers uncounted: {@code true}, {@code false} or the exception's
     * simple name (the Servlet specification allows a {@code ServletException}, and an
     * {@code IllegalStateException} where the mechanism needed the response), then what the container says
     * and the admin-only method's answer.
     */
    @WebServlet("/ends/authenticate")
    public static class Authenticate extends HttpServlet {
        private static final long serialVersionUID = 1L;

        static final AtomicInteger TRUE = new AtomicInteger();
        static final AtomicInteger FALSE = new AtomicInteger();

        @EJB
        CallerBean bean;

        @Inject
        @CurrentUser
        LoginUser user;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
            if (request.getParameter("committed") != null) {
                committed(request, response);
                return;
            }
            if (!request.authenticate(response)) {
                FALSE.incrementAndGet();
                return;
            }
            TRUE.incrementAndGet();
            response.setContentType("text/plain");
            response.getWriter().print("authenticated " + seen(bean, request, user));
        }

        private void committed(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            PrintWriter out = response.getWriter();
            out.print("committed | ");
            response.flushBuffer();
            String answer;
            try {
                answer = String.valueOf(request.authenticate(response));
            } catch (ServletException | RuntimeException refused) {
                answer = refused.getClass().getSimpleName();
            }
            out.print(answer + " | " + seen(bean, request, user) + " | " + adminOnly(bean));
        }
    }

    /** How often {@code /ends/authenticate} got {@code true} and {@code false}. */
    @WebServlet("/ends/authenticate/runs")
    public static class AuthenticateRuns extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("true=" + Authenticate.TRUE.get() + " false=" + Authenticate.FALSE.get());
        }
    }
}

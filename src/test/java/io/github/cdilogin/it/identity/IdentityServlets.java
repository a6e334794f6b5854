package io.github.cdilogin.it.identity;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginUser;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/** Logs in and out, and shows what a servlet sees of the user through the servlet API alone. */
public final class IdentityServlets {

    private IdentityServlets() {
    }

    static String seen(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return "remoteUser=" + request.getRemoteUser() + " principal=" + (principal == null ? null : principal.getName())
                + " admin=" + request.isUserInRole("admin") + " authType=" + request.getAuthType();
    }

    @WebServlet("/login")
    public static class Login extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Inject
        RoleUsers users;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            RoleUser user = users.find(request.getParameter("username")).orElse(null);
            if (user == null) {
                response.sendError(401);
                return;
            }
            loginManager.login(user, request.getParameter("remember") == null ? LoginOptions.DEFAULT
                    : LoginOptions.DEFAULT.remember());
            response.setContentType("text/plain");
            response.getWriter().print(seen(request));
        }
    }

    /** Logs out, then shows what the rest of the same request sees. */
    @WebServlet("/logout")
    public static class Logout extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String before = seen(request);
            loginManager.logout();
            response.setContentType("text/plain");
            response.getWriter().print(before + " | " + seen(request));
        }
    }

    @WebServlet("/who")
    public static class Who extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(seen(request));
        }
    }

    /** A public page that never asks who is there; answers how often users were loaded so far. */
    @WebServlet("/loads")
    public static class Loads extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        RoleUsers users;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("loads=" + users.loads() + " adminRuns=" + users.adminRuns());
        }
    }

    /**
     * What the container says of the user next to the {@code @CurrentUser} injection, which must always
     * agree; a POST logs out between the two readings (with {@code platform}, by {@code request.logout()}), or
     * with {@code username} logs that user in over the session's.
     */
    @WebServlet("/agree")
    public static class Agree extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        @CurrentUser
        LoginUser user;

        @Inject
        LoginManager loginManager;

        @Inject
        RoleUsers users;

        private String agreement(HttpServletRequest request) {
            return seen(request) + " currentUser=" + user.getId();
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(agreement(request));
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
            String before = agreement(request);
            if (request.getParameter("platform") != null) {
                request.logout(); // the Servlet API's logout
            } else if (request.getParameter("username") != null) {
                loginManager.login(users.find(request.getParameter("username")).orElseThrow());
            } else {
                loginManager.logout();
            }
            response.setContentType("text/plain");
            response.getWriter().print(before + " | " + agreement(request));
        }
    }

    /** Changes a user's auth stamp, as a password change does. */
    @WebServlet("/stamp")
    public static class Stamp extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        RoleUsers users;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            users.changeStamp(request.getParameter("username"));
            response.setContentType("text/plain");
            response.getWriter().print("stamped");
        }
    }

    /** The current user changes their password: a new auth stamp, and {@code LoginManager.passwordChanged}. */
    @WebServlet("/password")
    public static class PasswordChanged extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        RoleUsers users;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String id = loginManager.currentUser().getId();
            users.changeStamp(id);
            loginManager.passwordChanged(users.find(id).orElseThrow());
            response.setContentType("text/plain");
            response.getWriter().print("changed " + id);
        }
    }

    /** Revokes a user's remembered logins, as an administrator's "log out everywhere" does. */
    @WebServlet("/revoke")
    public static class Revoke extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        RoleUsers users;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            loginManager.revokeRememberedLogins(users.find(request.getParameter("username")).orElseThrow());
            response.setContentType("text/plain");
            response.getWriter().print("revoked");
        }
    }
}

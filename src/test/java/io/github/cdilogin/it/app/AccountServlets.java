package io.github.cdilogin.it.app;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginMessages;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.test.TestLogins;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What a logged-in user does to the login itself: confirm it, end its remembered logins. */
public final class AccountServlets {

    private AccountServlets() {
    }

    /** POST: the password was entered again (not checked here). */
    @WebServlet("/confirm")
    @LoginRequired
    public static class ConfirmServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            loginManager.confirm();
            response.setContentType("text/plain");
            response.getWriter().print("fresh=" + loginManager.isFresh());
        }
    }

    /** POST: "log out everywhere", as after a password change. */
    @WebServlet("/revoke-remembered")
    @LoginRequired
    public static class RevokeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Inject
        @CurrentUser
        LoginUser user;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            loginManager.revokeRememberedLogins(user);
            response.setContentType("text/plain");
            response.getWriter().print("revoked");
        }
    }

    /** POST: the user changes the password; every other login of the user ends, this one stays. */
    @WebServlet("/change-password")
    @LoginRequired
    public static class ChangePasswordServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Inject
        ItUsers users;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ItUser changed = users.changePassword(loginManager.currentUser().getId());
            loginManager.passwordChanged(changed);
            response.setContentType("text/plain");
            response.getWriter().print("changed");
        }
    }

    /** GET: where the login page would send the user back to. */
    @WebServlet("/next")
    public static class NextServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("next=" + loginManager.next().orElse("none"));
        }
    }

    /** GET: the messages a login page and a refresh page show. */
    @WebServlet("/messages")
    public static class MessagesServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginMessages messages;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(messages.getLoginMessage() + "|" + messages.getRefreshMessage());
        }
    }

    /**
     * GET {@code ?user=alice&fresh=false}: what an in-container test does with {@link TestLogins} to hand
     * its HTTP client a logged-in session.
     */
    @WebServlet("/test-login")
    public static class TestLoginServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        ItUsers users;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ItUser user = users.find(request.getParameter("user")).orElseThrow();
            String cookie = TestLogins.sessionCookie(user, !"false".equals(request.getParameter("fresh")));
            response.setContentType("text/plain");
            response.getWriter().print(cookie);
        }
    }
}

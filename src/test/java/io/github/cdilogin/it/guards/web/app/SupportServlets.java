package io.github.cdilogin.it.guards.web.app;

import io.github.cdilogin.LoginManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What the tests need around the guarded code: a login page and the counters. */
public final class SupportServlets {

    private SupportServlets() {
    }

    /** GET: a login page that starts a session; POST {@code username=alice}: logs alice in (no password: the tests test the guards). */
    @WebServlet("/login")
    public static class LoginServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        LoginManager loginManager;

        @Inject
        WebUsers users;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession(true);
            response.setContentType("text/plain");
            response.getWriter().print("login page, next=" + request.getParameter("next"));
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            WebUser user = users.loadUser(request.getParameter("username")).orElse(null);
            if (user == null || !loginManager.login(user)) {
                response.sendError(401);
                return;
            }
            response.setContentType("text/plain");
            response.getWriter().print("logged in " + user.getId());
        }
    }

    /** {@code GET /hits?name=admin}: how often the code counted under that name ran. Public. */
    @WebServlet("/hits")
    public static class HitsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().print(hits.count(request.getParameter("name")));
        }
    }
}

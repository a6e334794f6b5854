package io.github.cdilogin.it.app;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * GET shows the "form" and starts a session, as a login page with a CSRF token would; POST logs the
 * named user in (no password: the ITs test the library, not credentials). {@code fresh=false} logs in
 * as not fresh; {@code remember=on} (and {@code duration=PT2S}) asks for the remember cookie;
 * {@code writer=first} takes the response's writer before the login, as a page that prints as it goes does.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Inject
    ItUsers users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        response.setContentType("text/plain");
        response.getWriter().print("login page, next=" + request.getParameter("next"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ItUser user = users.find(request.getParameter("username")).orElse(null);
        if (user == null) {
            response.sendError(401);
            return;
        }
        LoginOptions options = "false".equals(request.getParameter("fresh")) ? LoginOptions.DEFAULT.notFresh() : LoginOptions.DEFAULT;
        if ("on".equals(request.getParameter("remember"))) {
            String duration = request.getParameter("duration");
            options = duration == null ? options.remember() : options.remember(Duration.parse(duration));
        }
        response.setContentType("text/plain");
        if ("first".equals(request.getParameter("writer"))) {
            response.getWriter().print("logging in ");
        }
        if (!loginManager.login(user, options)) {
            response.setStatus(403);
            response.getWriter().print("Account disabled");
            return;
        }
        response.getWriter().print("logged in " + loginManager.currentUser().getId());
    }
}

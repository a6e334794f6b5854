package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The login form ({@code cdi-login.login-view} in web.xml points here). The library sends anonymous
 * visitors of guarded pages to {@code /login?next=<where they were going>}; this servlet checks the
 * password, logs the user in and sends them back.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Inject
    Users users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.render(request, response, HttpServletResponse.SC_OK, "login");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // 1. Refuse a crafted next before anything else: nobody gets logged in by such a link.
        if (Pages.refuseUnsafeNext(request, response)) {
            return;
        }
        // 2. The password is the application's business; the library never sees it.
        Optional<User> user = users.authenticate(request.getParameter("username"), request.getParameter("password"));
        if (user.isEmpty()) {
            request.setAttribute("error", "Invalid username or password");
            Pages.render(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login");
            return;
        }
        // 3. Log in: a new session id, and with "remember me" the remember_token cookie.
        boolean remember = request.getParameter("remember") != null;
        if (!loginManager.login(user.get(), remember ? LoginOptions.DEFAULT.remember() : LoginOptions.DEFAULT)) {
            request.setAttribute("error", "Account disabled");
            Pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "login");
            return;
        }
        // 4. Back to where the user was going.
        Pages.seeOther(request, response, Pages.next(request));
    }
}

package io.github.cdilogin.example.jpa;

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
 * The login form ({@code cdi-login.login-view} in web.xml points here): checks the password against the
 * database, logs the user in, and with "remember me" has cdi-login start a remember-me series, which
 * it keeps in PostgreSQL beside the users.
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
        // 1. A crafted next logs nobody in.
        if (Pages.refuseUnsafeNext(request, response)) {
            return;
        }
        // 2. The password is the application's business: a row of app_user and its PBKDF2 hash.
        Optional<User> user = users.authenticate(request.getParameter("username"), request.getParameter("password"));
        if (user.isEmpty()) {
            request.setAttribute("error", "Invalid username or password");
            Pages.render(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login");
            return;
        }
        // 3. A new session id; with "remember me", the remember_token cookie and its series in the database.
        boolean remember = request.getParameter("remember") != null;
        if (!loginManager.login(user.get(), remember ? LoginOptions.DEFAULT.remember() : LoginOptions.DEFAULT)) {
            request.setAttribute("error", "Account disabled");
            Pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "login");
            return;
        }
        // 4. Back to where the user was going.
        Pages.seeOther(request, response);
    }
}

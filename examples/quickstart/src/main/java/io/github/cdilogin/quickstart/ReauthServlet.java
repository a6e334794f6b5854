package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Asks a logged-in user for the password again ({@code cdi-login.refresh-view} in web.xml points
 * here). The library sends a login that is not fresh, one restored from "remember me", here when it
 * asks for a {@link io.github.cdilogin.FreshLoginRequired} page.
 */
@WebServlet("/reauth")
@LoginRequired
public class ReauthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Inject
    Users users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Pages.render(request, response, HttpServletResponse.SC_OK, "reauth");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (Pages.refuseUnsafeNext(request, response)) {
            return;
        }
        String username = loginManager.currentUser().getId();
        if (users.authenticate(username, request.getParameter("password")).isEmpty()) {
            request.setAttribute("error", "Invalid password");
            Pages.render(request, response, HttpServletResponse.SC_UNAUTHORIZED, "reauth");
            return;
        }
        loginManager.confirm(); // Flask-Login's confirm_login(): the login is fresh again
        Pages.seeOther(request, response, Pages.next(request));
    }
}

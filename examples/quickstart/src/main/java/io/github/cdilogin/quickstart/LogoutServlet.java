package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs out: invalidates the session and clears the remember cookie. The pages use a POST form;
 * GET works too, as in Flask-Login's examples, for a plain link.
 */
@WebServlet("/logout")
@LoginRequired
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        loginManager.logout();
        Pages.seeOther(request, response, null);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        doPost(request, response);
    }
}

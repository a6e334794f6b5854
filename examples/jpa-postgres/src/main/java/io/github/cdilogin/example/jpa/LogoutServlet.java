package io.github.cdilogin.example.jpa;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs out: the session is invalidated, the remember cookie cleared, and its series deleted from the
 * database, so a kept copy of the cookie logs nobody in. A POST form on the pages; GET works too.
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
        Pages.seeOther(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        doPost(request, response);
    }
}

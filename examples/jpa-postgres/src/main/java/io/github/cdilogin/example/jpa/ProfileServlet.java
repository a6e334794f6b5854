package io.github.cdilogin.example.jpa;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The guarded page: any logged-in user sees it; cdi-login sends everybody else to the login form. */
@WebServlet("/profile")
@LoginRequired
public class ProfileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("remembered", loginManager.isRemembered());
        Pages.render(request, response, HttpServletResponse.SC_OK, "profile");
    }
}

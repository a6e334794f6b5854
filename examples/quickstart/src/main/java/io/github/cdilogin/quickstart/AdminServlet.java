package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginRequired;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The admin area: anonymous visitors are sent to the login form (the library, {@code @LoginRequired}),
 * a user without the role {@code admin} gets {@code 403}. The role is asked of the servlet request, which
 * answers from {@code User.getRoles()}. Not {@code @RolesAllowed} on the servlet: the servers read that
 * as a constraint of their own security and would ask for their own login (see the README, "Roles and
 * the platform's security").
 */
@WebServlet("/admin")
@LoginRequired
public class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!request.isUserInRole("admin")) {
            Pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
            return;
        }
        Pages.render(request, response, HttpServletResponse.SC_OK, "admin");
    }
}

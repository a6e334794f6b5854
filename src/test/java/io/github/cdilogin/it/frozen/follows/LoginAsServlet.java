package io.github.cdilogin.it.frozen.follows;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.it.app.ItUsers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** POST {@code username}: logs that user in (no password: the test is about who the components see). */
@WebServlet("/login-as")
public class LoginAsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LoginManager loginManager;

    @Inject
    ItUsers users;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean loggedIn = loginManager.login(users.find(request.getParameter("username")).orElseThrow());
        response.setContentType("text/plain");
        response.getWriter().print("logged in " + loggedIn);
    }
}

package io.github.cdilogin.bench.login;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /login?user=u1[&remember=1]}: logs a benchmark user in without a password (this WAR only ever
 * listens on 127.0.0.1). The answer carries the session cookie, and the remember cookie when asked.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    LoginManager loginManager;

    @Inject
    BenchUsers users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BenchUser user = users.loadUser(String.valueOf(request.getParameter("user"))).orElse(null);
        if (user == null) {
            response.sendError(404);
            return;
        }
        loginManager.login(user, request.getParameter("remember") != null ? LoginOptions.DEFAULT.remember() : LoginOptions.DEFAULT);
        response.setStatus(204);
    }
}

package io.github.cdilogin.it.app;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A guarded servlet; the injected user is a proxy, right in a servlet that lives for the whole application. */
@WebServlet("/profile")
@LoginRequired
public class ProfileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @CurrentUser
    LoginUser user;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print("profile of " + user.getId());
    }
}

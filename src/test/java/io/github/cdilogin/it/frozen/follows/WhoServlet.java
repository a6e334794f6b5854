package io.github.cdilogin.it.frozen.follows;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /who}: what the listener, the filter and this servlet each saw of the current user, as
 * {@code listener=a/a/a filter=a/a/a servlet=a/a/a}. The servlet is created at its first request and
 * serves every later one.
 */
@WebServlet("/who")
public class WhoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @CurrentUser
    LoginUser user;

    @Inject
    @CurrentUser
    Instance<ItUser> appUser;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print("listener=" + request.getAttribute(WhoListener.SAW) + " filter="
                + request.getAttribute(WhoFilter.SAW) + " servlet=" + Seen.by(user, appUser, loginManager));
    }
}

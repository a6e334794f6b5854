package io.github.cdilogin.it.frozen.servlet;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The README's old snippet in a servlet: the user of the servlet's first request, shown to every later one. */
@WebServlet("/who")
public class FrozenUserServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @CurrentUser
    ItUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("who=" + user);
    }
}

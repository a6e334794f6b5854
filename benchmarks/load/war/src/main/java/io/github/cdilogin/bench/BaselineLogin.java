package io.github.cdilogin.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /baseline-login?user=u1}: the hand-made login of the baseline, one session attribute. */
@WebServlet("/baseline-login")
public class BaselineLogin extends HttpServlet {

    static final String ATTRIBUTE = "bench.user";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true).setAttribute(ATTRIBUTE, request.getParameter("user"));
        response.setStatus(204);
    }
}

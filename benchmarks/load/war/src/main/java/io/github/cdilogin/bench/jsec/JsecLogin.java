package io.github.cdilogin.bench.jsec;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /jsec-login?user=u1}: the mechanism has logged the caller in before this runs. */
@WebServlet("/jsec-login")
public class JsecLogin extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(request.getUserPrincipal() == null ? 401 : 204);
    }
}

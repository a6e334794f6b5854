package io.github.cdilogin.it.faults;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The test's switch: POST {@code mode=UP|DOWN|DELETES_FAIL} sets the store's behaviour and clears the
 * recorded warnings; GET {@code ?series=id} answers whether the store holds that series, then the
 * library's warnings since the last switch, one a line.
 */
@WebServlet("/faults")
public class FaultsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    SwitchableStore store;

    @Inject
    Warnings warnings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        store.mode(SwitchableStore.Mode.valueOf(request.getParameter("mode")));
        if (!"false".equals(request.getParameter("clear"))) {
            warnings.clear();
        }
        response.setContentType("text/plain");
        response.getWriter().print("mode " + request.getParameter("mode"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String series = request.getParameter("series");
        response.setContentType("text/plain");
        StringBuilder body = new StringBuilder(series == null ? "" : store.holds(series) ? "held\n" : "absent\n");
        warnings.lines().forEach(line -> body.append(line).append('\n'));
        response.getWriter().print(body);
    }
}

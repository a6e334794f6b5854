package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public servlet that calls the guarded {@link GuardedWork} for GET and for OPTIONS, as a servlet
 * that overrides {@code service()} (the Faces servlet) would: the door lets OPTIONS pass, the bean
 * must still refuse.
 */
@WebServlet("/bean-caller")
public class BeanCallerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    GuardedWork work;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result = work.work();
        response.setContentType("text/plain");
        response.getWriter().print(result);
    }

    @Override
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result = work.work();
        response.setContentType("text/plain");
        response.getWriter().print(result);
    }
}

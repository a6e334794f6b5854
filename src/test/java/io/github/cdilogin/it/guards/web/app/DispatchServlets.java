package io.github.cdilogin.it.guards.web.app;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Public servlets that reach other code by a dispatch: forward and include (by path, {@code to}, or by
 * servlet name, {@code name}), an asynchronous dispatch, and two errors whose error pages are guarded.
 */
public final class DispatchServlets {

    private DispatchServlets() {
    }

    /** Thrown by {@code /boom}; web.xml sends it to {@code /admin/error-page}. */
    public static class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Boom() {
            super("boom");
        }
    }

    static RequestDispatcher dispatcher(HttpServletRequest request) {
        String name = request.getParameter("name");
        return name != null ? request.getServletContext().getNamedDispatcher(name)
                : request.getRequestDispatcher(request.getParameter("to"));
    }

    @WebServlet("/forward")
    public static class ForwardServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            dispatcher(request).forward(request, response);
        }
    }

    /** Writes {@code include:[} what the included code wrote {@code ]}. */
    @WebServlet("/include")
    public static class IncludeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            response.setContentType("text/plain");
            PrintWriter out = response.getWriter();
            out.print("include:[");
            dispatcher(request).include(request, response);
            out.print("]");
        }
    }

    @WebServlet(urlPatterns = "/async", asyncSupported = true)
    public static class AsyncServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            AsyncContext async = request.startAsync();
            async.dispatch(request.getParameter("to"));
        }
    }

    @WebServlet("/boom")
    public static class BoomServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new Boom();
        }
    }

    /** Status 418, whose error page is {@code /guarded-error-page}. */
    @WebServlet("/teapot")
    public static class TeapotServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(418);
        }
    }
}

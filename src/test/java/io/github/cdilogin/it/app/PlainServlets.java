package io.github.cdilogin.it.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Servlets without annotations: a public page, one under a guarded path prefix, one calling a guarded bean. */
public final class PlainServlets {

    private PlainServlets() {
    }

    @WebServlet("/public")
    public static class PublicServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("public");
        }
    }

    /** Guarded by the path prefix setting {@code cdi-login.login-required-paths=/admin}. */
    @WebServlet("/admin/*")
    public static class AdminServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("admin");
        }
    }

    /** Not under /admin, though its name starts the same way. */
    @WebServlet("/administrators")
    public static class AdministratorsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("administrators");
        }
    }

    @WebServlet("/report")
    public static class ReportServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Reports reports;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(reports.monthly());
        }
    }
}

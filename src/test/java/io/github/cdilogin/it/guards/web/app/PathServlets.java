package io.github.cdilogin.it.guards.web.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Servlets without annotations: under the guarded prefix {@code /admin}, and public ones beside it. */
public final class PathServlets {

    private PathServlets() {
    }

    /** Guarded by {@code cdi-login.login-required-paths=/admin}. */
    @WebServlet(name = "AdminData", urlPatterns = "/admin/data/*")
    public static class AdminDataServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            AnnotatedServlets.answer(hits, "admin", response);
        }
    }

    /** The error page of {@link DispatchServlets.Boom} (web.xml), under the guarded prefix. */
    @WebServlet(name = "AdminErrorPage", urlPatterns = "/admin/error-page")
    public static class AdminErrorPageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            AnnotatedServlets.answer(hits, "admin-error-page", response);
        }
    }

    /** Public: {@code /admin} does not cover {@code /administrators}. */
    @WebServlet("/administrators")
    public static class AdministratorsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            hits.hit("administrators");
            response.setContentType("text/plain");
            response.getWriter().print("administrators");
        }
    }

    /** Public, with a path info: the servlet a server may pick for {@code /public/..;/admin/...}. */
    @WebServlet("/public/*")
    public static class PublicServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            hits.hit("public");
            response.setContentType("text/plain");
            response.getWriter().print("public " + request.getPathInfo());
        }
    }
}

package io.github.cdilogin.it.guards.web.app;

import io.github.cdilogin.LoginRequired;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Servlets guarded by annotations, each in another place: on the class, on the class of a servlet that
 * answers every method in {@code service}, on one {@code doGet}, on {@code service}. Every one counts
 * under its own name what ran, and says it in the body.
 */
public final class AnnotatedServlets {

    private AnnotatedServlets() {
    }

    static void answer(Hits hits, String name, HttpServletResponse response) throws IOException {
        hits.hit(name);
        response.setContentType("text/plain");
        response.getWriter().print("guarded content of " + name);
    }

    /** {@code @LoginRequired} on the class; OPTIONS is HttpServlet's own. */
    @WebServlet(name = "ClassGuarded", urlPatterns = "/class-guarded")
    @LoginRequired
    public static class ClassGuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "class-guarded", response);
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "class-guarded", response);
        }
    }

    /** {@code @LoginRequired} on the class of a servlet that answers every method itself, OPTIONS included. */
    @WebServlet(name = "ServiceGuarded", urlPatterns = "/service-guarded")
    @LoginRequired
    public static class ServiceGuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "service-guarded", response);
        }
    }

    /** {@code @LoginRequired} on {@code doGet} only: GET and HEAD need a login, POST does not. */
    @WebServlet(name = "MethodGuarded", urlPatterns = "/method-guarded")
    public static class MethodGuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        @LoginRequired
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "method-guarded-get", response);
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "method-guarded-post", response);
        }
    }

    /** {@code @LoginRequired} on {@code service}, which answers every method. */
    @WebServlet(name = "ServiceMethodGuarded", urlPatterns = "/service-method-guarded")
    public static class ServiceMethodGuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        @LoginRequired
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "service-method-guarded", response);
        }
    }

    /** The error page for status 418 (web.xml), guarded by its class. */
    @WebServlet(name = "GuardedErrorPage", urlPatterns = "/guarded-error-page")
    @LoginRequired
    public static class GuardedErrorPageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Hits hits;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(hits, "guarded-error-page", response);
        }
    }
}

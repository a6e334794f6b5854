package io.github.cdilogin.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests that reached the public form's code, so that a test can tell a refused one did not run. */
@ApplicationScoped
public class FormPosts {

    private final AtomicInteger count = new AtomicInteger();

    public int count() {
        return count.get();
    }

    void ran() {
        count.incrementAndGet();
    }

    /** A form no guard covers (a comment box, a search): POST, PUT and DELETE count. */
    @WebServlet("/public-form")
    public static class PublicFormServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        FormPosts posts;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            posts.ran();
            response.setContentType("text/plain");
            response.getWriter().print("posted");
        }

        @Override
        protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
            doPost(request, response);
        }

        @Override
        protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
            doPost(request, response);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("form");
        }
    }
}

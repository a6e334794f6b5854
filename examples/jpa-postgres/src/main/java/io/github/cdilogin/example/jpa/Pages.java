package io.github.cdilogin.example.jpa;

import io.github.cdilogin.SafeNext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What the servlets share: rendering a JSP view, the post-redirect-get answer, refusing a crafted {@code next}. */
final class Pages {

    private Pages() {
    }

    /** Renders {@code /WEB-INF/views/<view>.jsp}, which nobody can request directly. */
    static void render(HttpServletRequest request, HttpServletResponse response, int status, String view)
            throws ServletException, IOException {
        response.setStatus(status);
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }

    /** A {@code 303 See Other} to the form's {@code next} when it is a path on this site, else home. */
    static void seeOther(HttpServletRequest request, HttpServletResponse response) {
        String next = request.getParameter("next");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", SafeNext.orElse(next == null || next.isEmpty() ? null : next,
                request.getContextPath() + "/"));
    }

    /**
     * Refuses a {@code next} that is not a path on this site, and a second {@code next}, with {@code 400}:
     * a crafted link is an attack, not a typo, and nobody is logged in by it.
     *
     * @return whether the request was refused
     */
    static boolean refuseUnsafeNext(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (SafeNext.isAbsentOrSafe(request)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("Bad request: next must be a path on this site.");
        return true;
    }
}

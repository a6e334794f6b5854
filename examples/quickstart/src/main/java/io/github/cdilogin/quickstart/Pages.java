package io.github.cdilogin.quickstart;

import io.github.cdilogin.SafeNext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What the servlets share: rendering a JSP view and the post-redirect-get answer. */
final class Pages {

    private Pages() {
    }

    /** Renders {@code /WEB-INF/views/<view>.jsp}, which nobody can request directly. */
    static void render(HttpServletRequest request, HttpServletResponse response, int status, String view)
            throws ServletException, IOException {
        response.setStatus(status);
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }

    /**
     * A {@code 303 See Other} to {@code next} when it is a path on this site, else to the home page.
     * 303 rather than {@code sendRedirect}'s 302: the browser follows a POST's answer with a GET.
     */
    static void seeOther(HttpServletRequest request, HttpServletResponse response, String next) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", SafeNext.orElse(next, request.getContextPath() + "/"));
    }

    /**
     * The {@code next} parameter, or {@code null} when absent or empty. The forms always send it
     * (a hidden field), empty when there is nowhere to go back to.
     */
    static String next(HttpServletRequest request) {
        String next = request.getParameter("next");
        return next == null || next.isEmpty() ? null : next;
    }

    /**
     * Refuses a {@code next} that is not a path on this site, and a second {@code next}, with {@code 400},
     * as Flask-Login's documentation advises, rather than quietly going home: a crafted link is an attack,
     * not a typo.
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

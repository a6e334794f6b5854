package io.github.cdilogin.internal.web;

import io.github.cdilogin.CrossSiteRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The servlet side's answer to a request a page on another site sent ({@link CrossSiteRequestException}):
 * {@code 403}, in JSON to a client that wants JSON (as the {@code 401} is), else in plain text. Never a
 * redirect: the login form would not help a request that did not come from the application's pages.
 */
final class CrossSiteAnswers {

    static final String JSON = "{\"error\":\"cross-site request\"}";
    private static final byte[] JSON_BODY = JSON.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT_BODY = "This request came from another site, and was refused.\n"
            .getBytes(StandardCharsets.UTF_8);

    private CrossSiteAnswers() {
    }

    /** Containers wrap what a servlet throws (ServletException, EJBException, ...): looks along the causes. */
    static CrossSiteRequestException in(Throwable failure) {
        return ServletGate.causeOf(failure, CrossSiteRequestException.class);
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = AcceptHeader.prefersJson(request.getHeader("Accept"), request.getHeader("X-Requested-With"));
        byte[] body = json ? JSON_BODY : TEXT_BODY;
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(json ? "application/json" : "text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

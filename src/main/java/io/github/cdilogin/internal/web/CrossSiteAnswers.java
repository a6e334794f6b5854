package io.github.cdilogin.internal.web;

import io.github.cdilogin.CrossSiteRequestException;
import io.github.cdilogin.internal.guard.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet side's answer to a request a page on another site sent ({@link CrossSiteRequestException}):
 * {@link Refusal#CROSS_SITE}, in JSON to a client that wants JSON (as the {@code 401} is), else in plain
 * text. Never a redirect: the login form would not help a request that did not come from the application's
 * pages.
 */
final class CrossSiteAnswers {

    private CrossSiteAnswers() {
    }

    /** Containers wrap what a servlet throws (ServletException, EJBException, ...): looks along the causes. */
    static CrossSiteRequestException in(Throwable failure) {
        return ServletGate.causeOf(failure, CrossSiteRequestException.class);
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AcceptHeader.prefersJson(request.getHeader("Accept"), request.getHeader("X-Requested-With"))) {
            ServletRefusals.write(Refusal.CROSS_SITE, null, response);
        } else {
            ServletRefusals.writeText(Refusal.CROSS_SITE, Refusal.CROSS_SITE_TEXT, response);
        }
    }
}

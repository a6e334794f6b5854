package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.ViewSettings;
import io.github.cdilogin.internal.guard.Refusal;
import io.github.cdilogin.internal.guard.Verdict;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.spi.NeedsRefreshHandler;
import io.github.cdilogin.spi.UnauthorizedHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The redirect rules: answers a refused page request. A request that wants JSON gets {@code 401} JSON
 * with {@code WWW-Authenticate}; else the application's handler answers, when it has one; else a
 * redirect to the login view (the longest matching prefix's) or the refresh view, with {@code next}
 * in the query or in the session; else, with no view set, the same {@code 401}. A Faces Ajax request
 * ({@code Faces-Request: partial/ajax}) is sent to the view by a {@code <partial-response><redirect>},
 * which Faces' JavaScript follows: it cannot follow a 302.
 */
final class ServletAnswers {

    private static final String FACES_AJAX = "partial/ajax";

    private final LoginSettings settings;

    ServletAnswers(LoginSettings settings) {
        this.settings = settings;
    }

    void answer(Verdict verdict, HttpServletRequest request, HttpServletResponse response, ApplicationBeans application)
            throws IOException {
        answer(verdict, request, response, application, target(request));
    }

    /**
     * @param next the path and query the user asked for, which the login view sends them back to
     *        (for a dispatch, the original request's, not the dispatch target's)
     */
    void answer(Verdict verdict, HttpServletRequest request, HttpServletResponse response, ApplicationBeans application,
                String next) throws IOException {
        response.resetBuffer();
        response.setHeader("Cache-Control", "no-store");
        if (AcceptHeader.prefersJson(request.getHeader("Accept"), request.getHeader("X-Requested-With"))) {
            ServletRefusals.write(Refusal.of(verdict), settings.guards().wwwAuthenticate(), response);
            return;
        }
        if (customAnswer(verdict, request, response, application)) {
            return;
        }
        ViewSettings views = settings.views();
        String view = verdict == Verdict.NEEDS_REFRESH ? views.refreshView() : views.loginViewFor(path(request));
        if (view == null) {
            ServletRefusals.write(Refusal.of(verdict), settings.guards().wwwAuthenticate(), response);
            return;
        }
        // Relative unless an origin is configured: the browser stays on the host it asked, whatever Host header came.
        StringBuilder location = new StringBuilder(128)
                .append(views.redirectOrigin() == null ? "" : views.redirectOrigin())
                .append(request.getContextPath()).append(view);
        if (views.useSessionForNext()) {
            SessionAttributes.saveNext(request, next);
        } else {
            location.append(view.indexOf('?') < 0 ? '?' : '&').append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if (FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
            facesRedirect(response, location.toString());
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location.toString());
    }

    private static void facesRedirect(HttpServletResponse response, String location) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        ServletRefusals.body(response, "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + xmlAttribute(location) + "\"/></partial-response>");
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /**
     * Answers an OPTIONS request for a servlet whose own code would answer it, without running that code.
     *
     * @param allow the methods to list
     */
    static void allow(HttpServletResponse response, String allow) {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Allow", allow);
        response.setContentLength(0);
    }

    private static boolean customAnswer(Verdict verdict, HttpServletRequest request, HttpServletResponse response,
                                        ApplicationBeans application) throws IOException {
        if (verdict == Verdict.NEEDS_REFRESH) {
            NeedsRefreshHandler handler = application.needsRefreshHandler();
            if (handler != null) {
                handler.needsRefresh(request, response);
                return true;
            }
            return false;
        }
        UnauthorizedHandler handler = application.unauthorizedHandler();
        if (handler != null) {
            handler.unauthorized(request, response);
            return true;
        }
        return false;
    }

    /** @return the path and query asked for, as the {@code next} a login view sends the user back to */
    static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** @return the container's decoded, normalised path inside the application */
    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}

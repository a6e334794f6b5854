package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.Verdict;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Answers a refused servlet request: a redirect to the login (or refresh) view with {@code next},
 * or {@code 401} JSON with {@code WWW-Authenticate} when there is no view or the request wants JSON.
 */
final class ServletAnswers {

    private final LoginSettings settings;

    ServletAnswers(LoginSettings settings) {
        this.settings = settings;
    }

    void answer(Verdict verdict, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String view = verdict == Verdict.NEEDS_REFRESH ? settings.refreshView() : settings.loginView();
        response.resetBuffer();
        response.setHeader("Cache-Control", "no-store");
        if (view == null || AcceptHeader.prefersJson(request.getHeader("Accept"), request.getHeader("X-Requested-With"))) {
            unauthorized(verdict, response, settings.wwwAuthenticate());
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        // A relative Location: the browser stays on the host it asked, whatever Host header was sent.
        response.setHeader("Location", request.getContextPath() + view + (view.indexOf('?') < 0 ? '?' : '&')
                + "next=" + URLEncoder.encode(target(request), StandardCharsets.UTF_8));
    }

    static void unauthorized(Verdict verdict, HttpServletResponse response, String challenge) throws IOException {
        byte[] body = verdict.json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", challenge);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** @return the path and query asked for, as the {@code next} a login view sends the user back to */
    static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}

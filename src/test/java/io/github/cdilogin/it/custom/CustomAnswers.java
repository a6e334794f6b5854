package io.github.cdilogin.it.custom;

import io.github.cdilogin.spi.NeedsRefreshHandler;
import io.github.cdilogin.spi.UnauthorizedHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An application's own answers to refused page requests (Flask-Login's unauthorized_handler, needs_refresh_handler). */
public final class CustomAnswers {

    private CustomAnswers() {
    }

    @ApplicationScoped
    public static class Welcome implements UnauthorizedHandler {
        @Override
        public void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(403);
            response.setContentType("text/plain");
            response.getWriter().print("custom unauthorized for " + request.getRequestURI());
        }
    }

    @ApplicationScoped
    public static class ConfirmFirst implements NeedsRefreshHandler {
        @Override
        public void needsRefresh(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(403);
            response.setContentType("text/plain");
            response.getWriter().print("custom needs refresh for " + request.getRequestURI());
        }
    }
}

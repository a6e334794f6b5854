package io.github.cdilogin.example.jpa;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;

/**
 * What a visitor sees when a request fails (web.xml's {@code <error-page>}): never the exception, its
 * SQL or the database's address, which the server's own error page would show. While the database is
 * gone (any {@link SQLException} in the cause chain, which JPA wraps) the answer is {@code 503} with
 * {@code Retry-After}; anything else is a plain {@code 500}. The API gets JSON, pages a short text. The
 * failure itself is in the server's log.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // asked for directly, not by the container
            return;
        }
        boolean databaseGone = causedBySql((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        response.resetBuffer();
        response.setStatus(databaseGone ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        if (databaseGone) {
            response.setHeader("Retry-After", "10");
        }
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().print(databaseGone ? "{\"error\":\"unavailable\"}" : "{\"error\":\"internal\"}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(databaseGone ? "The service is unavailable for a moment. Try again soon."
                    : "Something went wrong on our side.");
        }
    }

    private static boolean causedBySql(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}

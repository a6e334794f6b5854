package io.github.cdilogin.spi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Replaces the library's answer to a page request refused because the login is not fresh:
 * Flask-Login's {@code @login_manager.needs_refresh_handler}.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ConfirmPassword implements NeedsRefreshHandler {
 *     public void needsRefresh(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *         response.sendRedirect(request.getContextPath() + "/confirm");
 *     }
 * }
 * }</pre>
 * Like {@link UnauthorizedHandler}, it answers page requests only; APIs get {@code 401} JSON.
 */
public interface NeedsRefreshHandler {

    /**
     * @param request the refused request
     * @param response its response, not committed; the handler must complete it
     * @throws IOException when writing fails
     */
    void needsRefresh(HttpServletRequest request, HttpServletResponse response) throws IOException;
}

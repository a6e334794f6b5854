package io.github.cdilogin.spi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Replaces the library's answer to a page request refused for want of a login: Flask-Login's
 * {@code @login_manager.unauthorized_handler}.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class SignInFirst implements UnauthorizedHandler {
 *     public void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *         response.sendRedirect(request.getContextPath() + "/welcome");
 *     }
 * }
 * }</pre>
 * It answers servlet (page) requests only. JAX-RS resources and requests that want JSON always get
 * the library's {@code 401} JSON, so that an API client is never redirected. The
 * {@link io.github.cdilogin.UnauthorizedEvent} has already been fired when it runs.
 */
public interface UnauthorizedHandler {

    /**
     * @param request the refused request
     * @param response its response, not committed; the handler must complete it
     * @throws IOException when writing fails
     */
    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException;
}

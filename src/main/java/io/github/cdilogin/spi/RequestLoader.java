package io.github.cdilogin.spi;

import io.github.cdilogin.LoginUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Finds the user in the request itself, for API clients without a session: Flask-Login's
 * {@code @request_loader}.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class BearerTokenLoader implements RequestLoader {
 *     @Inject ApiTokens tokens;
 *
 *     public Optional<AppUser> loadUser(HttpServletRequest request) {
 *         String header = request.getHeader("Authorization");
 *         if (header == null || !header.startsWith("Bearer ")) {
 *             return Optional.empty();
 *         }
 *         return tokens.userFor(header.substring(7));
 *     }
 * }
 * }</pre>
 * Consulted only when the session holds no login (and, once remember me is in use, when no
 * remember cookie logs the user in), at most once per request. A user it finds is the current user
 * of this request only: it is never written to the session, and its login is never fresh.
 */
public interface RequestLoader {

    /**
     * @param request the request in progress; read it, do not consume its body
     * @return the user the request proves, or empty
     */
    Optional<? extends LoginUser> loadUser(HttpServletRequest request);
}

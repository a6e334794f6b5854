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
 *
 *     public boolean carriesCredentials(HttpServletRequest request) {
 *         return request.getHeader("Authorization") != null;
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

    /**
     * Whether the request carries anything {@link #loadUser} reads (an {@code Authorization} header, an API
     * key), answered from the request alone and cheaply. A request for which this is {@code false} is
     * never given to {@link #loadUser}: it is anonymous unless its session or a remember cookie logs it in.
     * The library asks it first where the platform wants the user of requests that never need one
     * ({@code cdi-login.container-identity}: GlassFish and Payara ask every request for its principal), so
     * that an anonymous visitor costs neither the request's login nor this loader's work. Flask-Login has no
     * counterpart: its {@code request_loader} runs only when the code asks for the user.
     *
     * <p>Read the request as it came: the library may ask before any filter (the container's authentication),
     * and again later, and both answers must agree. A method that throws is taken as {@code true}.
     *
     * @param request the request in progress; read it, do not consume its body
     * @return {@code false} only when {@link #loadUser} would certainly find nobody in this request; the
     *         default, {@code true}, always asks {@link #loadUser}
     */
    default boolean carriesCredentials(HttpServletRequest request) {
        return true;
    }
}

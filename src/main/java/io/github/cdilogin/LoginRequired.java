package io.github.cdilogin;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a logged-in user may go on: Flask-Login's {@code @login_required}.
 *
 * <p>Put it on a CDI bean or a business method, a JAX-RS resource class or method, or a servlet
 * class:
 * <pre>{@code
 * @Path("/me") @LoginRequired
 * public class MeResource { ... }
 *
 * @WebServlet("/profile") @LoginRequired
 * public class ProfileServlet extends HttpServlet { ... }
 * }</pre>
 * When the current user is not {@linkplain LoginUser#isAuthenticated() authenticated}:
 * <ul>
 *   <li>a JAX-RS resource answers {@code 401} with {@code {"error":"unauthorized"}} and a
 *       {@code WWW-Authenticate} header, never a redirect;</li>
 *   <li>a servlet redirects to the login view with {@code next} set to the path and query asked
 *       for, or answers that same {@code 401} when no login view is set or the request wants
 *       JSON;</li>
 *   <li>a CDI bean throws {@link LoginRequiredException}, which the web layer answers the same
 *       way.</li>
 * </ul>
 * Requests whose method is exempt ({@code OPTIONS} by default, setting
 * {@code cdi-login.exempt-methods}, Flask's {@code EXEMPT_METHODS}) always pass; {@code HEAD} is
 * guarded like {@code GET}. The annotation cannot reach private, static or final methods nor final
 * classes: the deployment fails when it sits there.
 */
@Inherited
@InterceptorBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LoginRequired {

    /** The literal, for programmatic use. */
    final class Literal extends AnnotationLiteral<LoginRequired> implements LoginRequired {
        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}

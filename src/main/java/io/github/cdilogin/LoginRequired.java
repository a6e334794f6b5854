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
 * The guard holds wherever it is written above the code that runs: on the class or method, on an
 * interface the class implements or one of its methods (generic ones included), on a superclass or a
 * superclass method the class overrides, and, for JAX-RS, on the resources and sub-resource locators a
 * request passed through.
 *
 * <p>Requests whose method is exempt ({@code OPTIONS} by default, setting
 * {@code cdi-login.exempt-methods}, Flask's {@code EXEMPT_METHODS}) pass the door when nothing guarded
 * runs for them (a CORS preflight the server or the JAX-RS runtime answers itself), never into guarded
 * code: an explicit {@code @OPTIONS} method of a guarded resource, and a guarded bean called during an
 * {@code OPTIONS} request, refuse them like any other. {@code HEAD} is guarded like {@code GET}. The
 * annotation cannot reach private, static or final methods nor final classes, and does not belong on a
 * servlet filter or a JAX-RS provider: the deployment fails when it sits there.
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

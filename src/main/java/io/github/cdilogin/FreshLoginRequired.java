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
 * Only a user who logged in during this session, not one restored from "remember me" or marked
 * stale by session protection, may go on: Flask-Login's {@code @fresh_login_required}.
 *
 * <p>Used where {@link LoginRequired} is, for the places that change a password or spend money:
 * <pre>{@code
 * @WebServlet("/settings") @FreshLoginRequired
 * public class SettingsServlet extends HttpServlet { ... }
 * }</pre>
 * Nobody logged in: the same answer as {@link LoginRequired}. Logged in but not
 * {@linkplain LoginManager#isFresh() fresh}: the needs-refresh answer, a redirect to the refresh
 * view ({@code cdi-login.refresh-view}) with {@code next}, or {@code 401}
 * {@code {"error":"fresh login required"}} for JAX-RS, for requests that want JSON and when no
 * refresh view is set. A CDI bean throws {@link FreshLoginRequiredException}.
 * {@link LoginManager#confirm()} makes a login fresh again.
 */
@Inherited
@InterceptorBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FreshLoginRequired {

    /** The literal, for programmatic use. */
    final class Literal extends AnnotationLiteral<FreshLoginRequired> implements FreshLoginRequired {
        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}

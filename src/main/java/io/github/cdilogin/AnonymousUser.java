package io.github.cdilogin;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the application's own anonymous user: Flask-Login's {@code login_manager.anonymous_user}.
 *
 * <p>Without such a bean the anonymous user is {@link LoginUser#anonymous()}. With one, that bean
 * is the current user whenever nobody is logged in:
 * <pre>{@code
 * @ApplicationScoped @AnonymousUser
 * public class Guest implements LoginUser {
 *     public String getId() { return null; }
 *     public boolean isActive() { return false; }
 *     public boolean isAuthenticated() { return false; }
 *     public boolean isAnonymous() { return true; }
 * }
 * }</pre>
 * It must answer {@code false} to {@link LoginUser#isAuthenticated()}: the guards rely on it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface AnonymousUser {

    /** The literal, for programmatic look-ups. */
    final class Literal extends AnnotationLiteral<AnonymousUser> implements AnonymousUser {
        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}

package io.github.cdilogin;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the user of the current request: Flask-Login's {@code current_user}.
 *
 * <pre>{@code
 * @Inject @CurrentUser LoginUser user;      // anywhere: beans, servlets, JAX-RS resources
 * @Inject @CurrentUser AppUser appUser;     // the type your UserLoader returns
 * }</pre>
 *
 * <p><b>{@code @CurrentUser LoginUser}</b> is a request-scoped proxy: it is never {@code null}
 * (the anonymous user when nobody is logged in) and always answers for the request in progress,
 * also right after a {@code login} or {@code logout} in that same request. It is safe to inject
 * into application-scoped beans and servlets. Pages reach the same user as {@code #{currentUser}}.
 *
 * <p><b>{@code @CurrentUser AppUser}</b>, where {@code AppUser} is the type argument of the
 * application's {@link io.github.cdilogin.spi.UserLoader}, is the user object itself, taken when
 * the receiving bean is created (it is {@code @Dependent}, so records and final classes work). When
 * nobody is logged in it is {@code null}, unless the application's {@link AnonymousUser} bean is
 * itself an {@code AppUser}. Inject it into request-scoped beans and JAX-RS resources; the
 * deployment fails when it is injected into a longer-lived bean, where it would outlive the request.
 * Elsewhere, and in servlets (which live as long as the application and are not beans the check
 * can see), inject {@code @CurrentUser LoginUser}, {@code @CurrentUser Instance<AppUser>}, or call
 * {@link LoginManager#currentUser(Class) loginManager.currentUser(AppUser.class)}.
 *
 * <p>In pages, {@code #{currentUser}} is the user object itself. Jakarta EL 5 reads JavaBean
 * getters, not record components: write {@code #{currentUser.name()}} for a record.
 *
 * <p>Nothing is loaded until the user is used: a request that never touches it costs nothing,
 * and the user loader runs at most once per request however often the user is read.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface CurrentUser {

    /** The literal, for programmatic look-ups: {@code instance.select(CurrentUser.Literal.INSTANCE)}. */
    final class Literal extends AnnotationLiteral<CurrentUser> implements CurrentUser {
        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}

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
 * @Inject @CurrentUser LoginUser user;               // anywhere: beans, servlets, filters, listeners
 * @Inject @CurrentUser Instance<AppUser> appUser;    // anywhere: appUser.get() in each request
 * @Inject @CurrentUser AppUser appUser;              // request-scoped beans and JAX-RS resources only
 * }</pre>
 *
 * <p><b>{@code @CurrentUser LoginUser}</b> is a request-scoped proxy: it is never {@code null}
 * (the anonymous user when nobody is logged in) and always answers for the request in progress,
 * also right after a {@code login} or {@code logout} in that same request. Inject it anywhere, also
 * into what lives longer than a request. Pages reach the same user as {@code #{currentUser}}.
 *
 * <p><b>{@code @CurrentUser AppUser}</b>, where {@code AppUser} is the type argument of the
 * application's {@link io.github.cdilogin.spi.UserLoader}, is the user object itself (so records and
 * final classes work), not a proxy: a value taken when its holder is created. When nobody is logged in
 * it is {@code null}, unless the application's {@link AnonymousUser} bean is itself an {@code AppUser}.
 * Inject it into request-scoped beans and JAX-RS resources, which are made for one request. Where the
 * holder serves many requests, that value would show one request's user to every later one, so the
 * deployment fails (CDILOGIN-005, naming the class and the field or parameter) when it is injected into:
 * <ul>
 * <li>servlets, filters, listeners, WebSocket endpoints and the other objects the container creates
 *     itself and keeps;</li>
 * <li>beans of a longer scope ({@code @ApplicationScoped}, {@code @SessionScoped}, {@code @Singleton},
 *     ...), stateless and singleton session beans, and JAX-RS providers;</li>
 * <li>a {@code @Dependent} bean that is itself injected into one of these.</li>
 * </ul>
 * There, inject {@code @CurrentUser LoginUser}, or {@code @CurrentUser Instance<AppUser>} and call
 * {@code get()} in each request, or call
 * {@link LoginManager#currentUser(Class) loginManager.currentUser(AppUser.class)}:
 * <pre>{@code
 * @WebServlet("/who")
 * public class WhoServlet extends HttpServlet {
 *     @Inject LoginManager loginManager;
 *
 *     protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *         String name = loginManager.currentUser(AppUser.class).map(AppUser::name).orElse("nobody");
 *         response.getWriter().print(name);
 *     }
 * }
 * }</pre>
 * Any other type qualified {@code @CurrentUser} but {@code LoginUser}, {@code Instance<...>} and
 * {@code Provider<...>} counts as such a value too. An {@code Instance<AppUser>} keeps none of the users
 * it hands out, however many requests its holder serves.
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

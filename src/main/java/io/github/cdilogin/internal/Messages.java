package io.github.cdilogin.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The deployment errors, each with a stable id, what is wrong and how to fix it. Public for the library's
 * other internal packages only.
 */
public final class Messages {

    private static final String NO_LOADER = "CDILOGIN-001: cdi-login found no bean implementing "
            + "io.github.cdilogin.spi.UserLoader (Flask-Login's @login_manager.user_loader) and no bean implementing "
            + "io.github.cdilogin.spi.RequestLoader (@login_manager.request_loader), so it could never find a user. "
            + "Add a bean such as '@ApplicationScoped public class AppUserLoader implements UserLoader<AppUser> "
            + "{ public Optional<AppUser> loadUser(String id) { ... } }' to the application.";

    private Messages() {
    }

    /**
     * @param notBeans classes that implement UserLoader but that CDI made no bean of
     * @return CDILOGIN-001, naming those classes
     */
    static String noLoader(List<Class<?>> notBeans) {
        if (!notBeans.isEmpty()) {
            boolean one = notBeans.size() == 1;
            return NO_LOADER + " " + notBeans.stream().map(Class::getName).collect(Collectors.joining(", "))
                    + (one ? " implements UserLoader but is not a bean: add @ApplicationScoped to it"
                            : " implement UserLoader but are not beans: add @ApplicationScoped to the one to use")
                    + ", and give it a constructor without parameters or one marked @Inject.";
        }
        return NO_LOADER + " If you wrote such a class, give it a bean-defining annotation such as @ApplicationScoped:"
                + " in a bean archive with bean-discovery-mode 'annotated' (what an empty beans.xml or none means since"
                + " CDI 4.0), CDI does not even see a class without one.";
    }

    static String twoBeans(String kind, String classes) {
        return "CDILOGIN-002: cdi-login found more than one " + kind + " bean: " + classes
                + ". Exactly one may be enabled; remove the others, or make all but one @Alternative"
                + " and leave them disabled.";
    }

    static String unreachableMethod(Class<?> type, String method, String kind) {
        return "CDILOGIN-003: " + type.getName() + "#" + method + " is " + kind + " and carries @LoginRequired or"
                + " @FreshLoginRequired, but no interceptor can reach a " + kind + " method, so it would not be"
                + " guarded. Make the method public (or protected) and not static or final, or move the annotation.";
    }

    static String finalClass(Class<?> type) {
        return "CDILOGIN-004: " + type.getName() + " is final and carries @LoginRequired or @FreshLoginRequired"
                + " (on itself, a method or a supertype),"
                + " but the container cannot intercept a final class, so it would not be guarded. Remove 'final'"
                + " from the class (a record cannot be guarded: use a class).";
    }

    /**
     * CDILOGIN-005: a value of the current user taken once by something that serves many requests.
     *
     * @param holder the class that outlives the request
     * @param kind what it is: "a servlet", "@ApplicationScoped", "a stateless session bean"
     * @param injection what it injects and where: "@CurrentUser AppUser at field 'user'", or the
     *        {@code @Dependent} bean through which it gets one
     * @param userType the frozen type, as the fixes name it
     * @param scoped whether the holder is a bean whose scope the application chose (and may change)
     * @return the message
     */
    public static String frozenCurrentUser(String holder, String kind, String injection, String userType, boolean scoped) {
        return "CDILOGIN-005: " + holder + " is " + kind + " and injects " + injection + ". It is created once and"
                + " serves many requests, but that value is taken once, when it is created: it would show one request's"
                + " user to every later request, to other users and to visitors who are not logged in. Inject"
                + " '@CurrentUser LoginUser' (a proxy that answers for each request), or '@CurrentUser Instance<"
                + userType + ">' and call get() in each request, or call 'loginManager.currentUser(" + userType
                + ".class)' instead" + (scoped ? ", or make the bean @RequestScoped." : ".");
    }

    static String unreachableInheritedGuard(Class<?> type, String method) {
        return "CDILOGIN-003: " + type.getName() + "#" + method + " is final, and a guard above it (@LoginRequired or"
                + " @FreshLoginRequired on its class, on a method it overrides or implements, or on an interface of"
                + " the class) says it needs a login, but no interceptor can reach a final method, so it would not be"
                + " guarded. Remove 'final' from the method.";
    }

    static String unenforceablePlace(Class<?> type, String kind) {
        return "CDILOGIN-006: " + type.getName() + " is a " + kind + " and carries @LoginRequired or @FreshLoginRequired"
                + " (on itself, a method or a supertype), but cdi-login guards servlets, JAX-RS resources and CDI beans,"
                + " not " + kind + "s: a " + kind + " runs for public requests too, and the library cannot tell which of"
                + " them the annotation meant to refuse. Move the annotation to the servlet, resource class or resource"
                + " method it should protect, or guard the path with cdi-login.login-required-paths.";
    }

    /**
     * @param contextPath the web application's context path
     * @return why the web application must not start without the servlet guards, and how to fix it
     */
    public static String servletGuardsMissing(String contextPath) {
        return "CDILOGIN-010: the web application '" + contextPath + "' started without cdi-login's servlet guards:"
                + " the library's ServletContainerInitializer did not run, so @LoginRequired and @FreshLoginRequired"
                + " servlets and the paths of cdi-login.login-required-paths would be open to anyone. The usual cause is"
                + " an <absolute-ordering> in web.xml that leaves out the cdi-login jar: the container then ignores its"
                + " initializer. List the jar in it by its fragment name, <absolute-ordering><name>cdi_login</name>"
                + " ...</absolute-ordering>, or add <others/> to it.";
    }

    /**
     * @param name the library's filter name
     * @param className the class of the filter that has it already
     * @return why the library cannot install its servlet guards, and how to fix it
     */
    public static String filterNameTaken(String name, String className) {
        return "CDILOGIN-011: the web application already has a filter named '" + name + "' (" + className + "), so"
                + " cdi-login cannot install its servlet guard under that name and @LoginRequired servlets and guarded"
                + " paths would be open. Rename that filter in web.xml or where it is registered.";
    }
}

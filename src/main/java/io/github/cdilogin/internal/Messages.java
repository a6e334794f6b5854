package io.github.cdilogin.internal;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

/** The deployment errors, each with a stable id, what is wrong and how to fix it. */
public final class Messages {

    static final String NO_LOADER = "CDILOGIN-001: cdi-login found no bean implementing "
            + "io.github.cdilogin.spi.UserLoader (Flask-Login's @login_manager.user_loader) and no bean implementing "
            + "io.github.cdilogin.spi.RequestLoader (@login_manager.request_loader), so it could never find a user. "
            + "Add a bean such as '@ApplicationScoped public class AppUserLoader implements UserLoader<AppUser> "
            + "{ public Optional<AppUser> loadUser(String id) { ... } }' to the application.";

    private Messages() {
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
        return "CDILOGIN-004: " + type.getName() + " is final and carries @LoginRequired or @FreshLoginRequired,"
                + " but the container cannot intercept a final class, so it would not be guarded. Remove 'final'"
                + " from the class (a record cannot be guarded: use a class).";
    }

    static String longLivedCurrentUser(Bean<?> bean, InjectionPoint injection, Class<?> userClass) {
        return "CDILOGIN-005: " + bean.getBeanClass().getName() + " is @" + bean.getScope().getSimpleName()
                + " and injects @CurrentUser " + userClass.getSimpleName() + " at " + injection.getMember().getName()
                + ". That value is taken once, when the bean is created, and would outlive the request. Inject"
                + " '@CurrentUser LoginUser' (a proxy that always answers for the current request) or"
                + " '@CurrentUser Instance<" + userClass.getSimpleName() + ">' instead, or make the bean @RequestScoped.";
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

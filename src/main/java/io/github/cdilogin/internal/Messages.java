package io.github.cdilogin.internal;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

/** The deployment errors, each with a stable id, what is wrong and how to fix it. */
final class Messages {

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
        return "CDILOGIN-004: " + type.getName() + " is final and carries @LoginRequired or @FreshLoginRequired"
                + " (on itself, a method or a supertype),"
                + " but the container cannot intercept a final class, so it would not be guarded. Remove 'final'"
                + " from the class (a record cannot be guarded: use a class).";
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

    static String longLivedCurrentUser(Bean<?> bean, InjectionPoint injection, Class<?> userClass) {
        return "CDILOGIN-005: " + bean.getBeanClass().getName() + " is @" + bean.getScope().getSimpleName()
                + " and injects @CurrentUser " + userClass.getSimpleName() + " at " + injection.getMember().getName()
                + ". That value is taken once, when the bean is created, and would outlive the request. Inject"
                + " '@CurrentUser LoginUser' (a proxy that always answers for the current request) or"
                + " '@CurrentUser Instance<" + userClass.getSimpleName() + ">' instead, or make the bean @RequestScoped.";
    }
}

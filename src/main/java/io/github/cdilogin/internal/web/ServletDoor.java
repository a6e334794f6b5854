package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.guard.GuardAnnotations;
import io.github.cdilogin.internal.guard.Requirement;
import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What one servlet class does with each HTTP method, read once at start: what a request with that
 * method requires ({@code @LoginRequired} or {@code @FreshLoginRequired} on the method that serves it,
 * on {@code service}, on the class, or above them, through {@link GuardAnnotations}), and whether the
 * application's code serves it or only {@link HttpServlet}'s own.
 *
 * <p>{@code HttpServlet.service} sends GET to {@code doGet}, HEAD to {@code doHead} (which runs
 * {@code doGet}), and so on; a method it does not know (also {@code get}: methods are case-sensitive)
 * is answered 501. A servlet that overrides {@code service}, or that is no {@code HttpServlet} at all
 * (the Faces servlet), serves every method with its own code.
 */
final class ServletDoor {

    /** HttpServlet's methods and the handler each goes to (PATCH only where the Servlet API has {@code doPatch}). */
    private static final Map<String, String> HANDLERS = Map.of("GET", "doGet", "HEAD", "doHead", "POST", "doPost",
            "PUT", "doPut", "DELETE", "doDelete", "OPTIONS", "doOptions", "TRACE", "doTrace", "PATCH", "doPatch");

    /** The methods an answer to OPTIONS lists for a servlet whose {@code service} decides alone. */
    private static final String ANY_ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    /** A servlet the library could not inspect: its own code serves every method, and no annotation is known. */
    static final ServletDoor UNKNOWN = new ServletDoor(Map.of(), null, Set.of(), true, ANY_ALLOW);

    private final Map<String, Requirement> requirements;
    private final Requirement otherMethods;
    private final Set<String> ownMethods;
    private final boolean ownsEveryMethod;
    private final String allow;

    private ServletDoor(Map<String, Requirement> requirements, Requirement otherMethods, Set<String> ownMethods,
                        boolean ownsEveryMethod, String allow) {
        this.requirements = requirements;
        this.otherMethods = otherMethods;
        this.ownMethods = Set.copyOf(ownMethods);
        this.ownsEveryMethod = ownsEveryMethod;
        this.allow = allow;
    }

    /**
     * @param servletClass a servlet's class
     * @return what it does with each HTTP method
     */
    static ServletDoor of(Class<?> servletClass) {
        if (!HttpServlet.class.isAssignableFrom(servletClass)) {
            Requirement service = GuardAnnotations.onMethod(servletClass,
                    method(servletClass, "service", ServletRequest.class, ServletResponse.class));
            return new ServletDoor(Map.of(), service, Set.of(), true, ANY_ALLOW);
        }
        boolean ownsService = overrides(servletClass, "service", HttpServletRequest.class, HttpServletResponse.class)
                || overrides(servletClass, "service", ServletRequest.class, ServletResponse.class);
        Requirement service = Requirement.stricter(
                GuardAnnotations.onMethod(servletClass, method(HttpServlet.class, "service", HttpServletRequest.class, HttpServletResponse.class)),
                GuardAnnotations.onMethod(servletClass, method(GenericServlet.class, "service", ServletRequest.class, ServletResponse.class)));
        Map<String, Requirement> requirements = new HashMap<>();
        Set<String> own = new java.util.HashSet<>();
        Requirement strictest = service;
        for (Map.Entry<String, String> handler : HANDLERS.entrySet()) {
            Method declared = handler(handler.getValue());
            if (declared == null) {
                continue; // doPatch before Servlet 6.1: PATCH is a method HttpServlet does not know
            }
            Requirement requirement = Requirement.stricter(service, GuardAnnotations.onMethod(servletClass, declared));
            requirements.put(handler.getKey(), requirement);
            strictest = Requirement.stricter(strictest, requirement);
            if (ownsService || overrides(servletClass, handler.getValue(), HttpServletRequest.class, HttpServletResponse.class)) {
                own.add(handler.getKey());
            }
        }
        // HttpServlet's doHead runs doGet: HEAD is guarded as strictly as GET, and runs the application's doGet.
        requirements.put("HEAD", Requirement.stricter(requirements.get("HEAD"), requirements.get("GET")));
        if (own.contains("GET")) {
            own.add("HEAD");
        }
        return new ServletDoor(requirements, strictest, own, ownsService, ownsService ? ANY_ALLOW : allow(own));
    }

    /**
     * @param method the request's method, as it came
     * @return what a request with it requires, or {@code null}
     */
    Requirement requirement(String method) {
        Requirement requirement = requirements.get(method);
        // A method HttpServlet does not know (lowercase, invented) is refused by the strictest of the servlet's guards.
        return requirement != null || requirements.containsKey(method) ? requirement : otherMethods;
    }

    /** @return whether any method of the servlet requires a login */
    boolean isGuarded() {
        return otherMethods != null;
    }

    /**
     * @param method the request's method, as it came
     * @return whether the application's code serves it (else HttpServlet's own: OPTIONS, TRACE, 405, 501)
     */
    boolean runsApplicationCodeFor(String method) {
        return ownsEveryMethod || ownMethods.contains(method);
    }

    /** @return the {@code Allow} header the library answers an OPTIONS request for this servlet with */
    String allow() {
        return allow;
    }

    // What HttpServlet.doOptions would list: the methods the servlet overrides, plus OPTIONS and TRACE.
    private static String allow(Set<String> own) {
        StringJoiner allow = new StringJoiner(", ");
        for (String method : new String[] {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"}) {
            if (own.contains(method)) {
                allow.add(method);
            }
        }
        return allow.add("OPTIONS").add("TRACE").toString();
    }

    private static Method handler(String name) {
        try {
            return HttpServlet.class.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class);
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException publicNotFound) {
            try {
                return type.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notFound) {
                throw new IllegalStateException(type.getName() + " has no " + name, notFound);
            }
        }
    }

    /** Whether a class between {@code type} and HttpServlet (both excluded) declares the method. */
    private static boolean overrides(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null && c != HttpServlet.class && c != GenericServlet.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name, parameters);
                return true;
            } catch (NoSuchMethodException notHere) {
                // look in the superclass
            }
        }
        return false;
    }
}

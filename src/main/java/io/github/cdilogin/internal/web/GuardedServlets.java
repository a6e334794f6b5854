package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.guard.Requirement;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which servlet requests are guarded: servlets with {@code @LoginRequired} or {@code @FreshLoginRequired}
 * on their class or on the method that serves the request's HTTP method, and the path prefixes of the
 * settings ({@link GuardedPaths}). Every servlet's {@link ServletDoor} is read once, at start.
 */
final class GuardedServlets {

    private static final Logger LOG = Logger.getLogger(GuardedServlets.class.getName());

    /** The servlets that have a guard, by name: the only ones a request's servlet name is looked up in. */
    private final Map<String, ServletDoor> guardedByName;
    /** Every servlet, for the rare question of who serves an exempt method under a guarded path. */
    private final Map<String, ServletDoor> doorsByName;
    private final GuardedPaths paths;

    private GuardedServlets(Map<String, ServletDoor> doorsByName, GuardedPaths paths) {
        this.doorsByName = Map.copyOf(doorsByName);
        Map<String, ServletDoor> guarded = new HashMap<>();
        doorsByName.forEach((name, door) -> {
            if (door.isGuarded()) {
                guarded.put(name, door);
            }
        });
        this.guardedByName = Map.copyOf(guarded);
        this.paths = paths;
    }

    static GuardedServlets scan(ServletContext context, LoginSettings settings) {
        Map<String, ServletDoor> doors = new HashMap<>();
        for (ServletRegistration registration : context.getServletRegistrations().values()) {
            doors.put(registration.getName(), doorOf(context, registration.getClassName()));
        }
        return new GuardedServlets(doors, new GuardedPaths(settings.guards(), context.getContextPath()));
    }

    /**
     * @param context the application
     * @param className a servlet's class name, or {@code null}
     * @return what the servlet does with each HTTP method; {@link ServletDoor#UNKNOWN} when it cannot be read
     */
    static ServletDoor doorOf(ServletContext context, String className) {
        if (className == null) {
            return ServletDoor.UNKNOWN;
        }
        try {
            return ServletDoor.of(Class.forName(className, false, context.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError | RuntimeException unreadable) {
            LOG.log(Level.FINE, "cdi-login: cannot inspect servlet class " + className, unreadable);
            return ServletDoor.UNKNOWN;
        }
    }

    boolean isEmpty() {
        return guardedByName.isEmpty() && paths.isEmpty();
    }

    /**
     * A request (or forward, asynchronous or error dispatch) whose own mapping and paths are those of
     * the servlet about to serve it. Each part is read only when a guard of that kind exists.
     *
     * @param request a request about to reach its servlet
     * @return what it requires, or {@code null} when it is public
     */
    Requirement requirementFor(HttpServletRequest request) {
        Requirement byServlet = null;
        if (!guardedByName.isEmpty()) {
            HttpServletMapping mapping = request.getHttpServletMapping();
            ServletDoor door = mapping == null ? null : guardedByName.get(mapping.getServletName());
            byServlet = door == null ? null : door.requirement(request.getMethod());
        }
        if (paths.isEmpty()) {
            return byServlet;
        }
        return Requirement.stricter(byServlet,
                paths.requirementFor(request.getServletPath(), request.getPathInfo(), request.getRequestURI()));
    }

    /**
     * A dispatch described by its parts: an include, whose target is in request attributes.
     *
     * @param method the request's method
     * @param servletName the target servlet's name, or {@code null}
     * @param servletPath the target's servlet path, or {@code null}
     * @param pathInfo the target's path info, or {@code null}
     * @param rawUri the target's URI, context path included, or {@code null}
     * @return what it requires, or {@code null} when it is public
     */
    Requirement requirementFor(String method, String servletName, String servletPath, String pathInfo, String rawUri) {
        ServletDoor door = servletName == null ? null : guardedByName.get(servletName);
        Requirement byServlet = door == null ? null : door.requirement(method);
        if (paths.isEmpty() || servletPath == null) {
            return byServlet;
        }
        return Requirement.stricter(byServlet, paths.requirementFor(servletPath, pathInfo, rawUri));
    }

    /**
     * @param servletName a servlet's name, or {@code null}
     * @return what it does with each HTTP method; {@link ServletDoor#UNKNOWN} for a servlet not known at start
     */
    ServletDoor door(String servletName) {
        ServletDoor door = servletName == null ? null : doorsByName.get(servletName);
        return door == null ? ServletDoor.UNKNOWN : door;
    }
}

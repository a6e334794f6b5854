package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.Requirement;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Prefixes;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which servlet requests are guarded: servlets whose class carries {@code @LoginRequired} or
 * {@code @FreshLoginRequired}, found once at start, and the path prefixes of the settings. Paths
 * are matched on the container's decoded, normalised servlet path, not on the raw URI, so
 * {@code /./admin} or {@code /%61dmin} cannot slip past {@code /admin}.
 */
final class GuardedServlets {

    private static final Logger LOG = Logger.getLogger(GuardedServlets.class.getName());

    private final Map<String, Requirement> byServletName;
    private final List<String> loginPaths;
    private final List<String> freshLoginPaths;

    private GuardedServlets(Map<String, Requirement> byServletName, LoginSettings settings) {
        this.byServletName = Map.copyOf(byServletName);
        this.loginPaths = settings.guards().loginRequiredPaths();
        this.freshLoginPaths = settings.guards().freshLoginRequiredPaths();
    }

    static GuardedServlets scan(ServletContext context, LoginSettings settings) {
        Map<String, Requirement> guarded = new HashMap<>();
        for (ServletRegistration registration : context.getServletRegistrations().values()) {
            Requirement requirement = requirementOf(context, registration.getClassName());
            if (requirement != null) {
                guarded.put(registration.getName(), requirement);
            }
        }
        return new GuardedServlets(guarded, settings);
    }

    private static Requirement requirementOf(ServletContext context, String className) {
        if (className == null) {
            return null;
        }
        try {
            return Requirement.of(Class.forName(className, false, context.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unloadable) {
            LOG.log(Level.FINE, "cdi-login: cannot inspect servlet class " + className, unloadable);
            return null;
        }
    }

    boolean isEmpty() {
        return byServletName.isEmpty() && loginPaths.isEmpty() && freshLoginPaths.isEmpty();
    }

    /**
     * @param request a request about to reach its servlet
     * @return what it requires, or {@code null} when it is public
     */
    Requirement requirementFor(HttpServletRequest request) {
        Requirement byServlet = null;
        if (!byServletName.isEmpty()) {
            HttpServletMapping mapping = request.getHttpServletMapping();
            byServlet = mapping == null ? null : byServletName.get(mapping.getServletName());
        }
        if (loginPaths.isEmpty() && freshLoginPaths.isEmpty()) {
            return byServlet;
        }
        String path = ServletAnswers.path(request);
        Requirement byPath = matches(freshLoginPaths, path) ? Requirement.FRESH_LOGIN
                : matches(loginPaths, path) ? Requirement.LOGIN : null;
        return Requirement.stricter(byServlet, byPath);
    }

    static boolean matches(List<String> prefixes, String path) {
        for (String prefix : prefixes) {
            if (Prefixes.covers(prefix, path)) {
                return true;
            }
        }
        return false;
    }
}

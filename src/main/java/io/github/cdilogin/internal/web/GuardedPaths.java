package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.config.GuardSettings;
import io.github.cdilogin.internal.config.Prefixes;
import io.github.cdilogin.internal.guard.Requirement;

/**
 * The guarded path prefixes ({@code cdi-login.login-required-paths},
 * {@code cdi-login.fresh-login-required-paths}) and one view of a request's path: the path the
 * container serves (servlet path and path info, decoded and normalised by the container), and, when
 * the raw URI could mean more than one path, every reading of {@link PathReadings}. A request is
 * guarded when any reading falls under a prefix, by the strictest prefix that covers one.
 */
final class GuardedPaths {

    private final String[] loginPaths;
    private final String[] freshLoginPaths;
    private final int contextSegments;

    /**
     * @param guards the settings
     * @param contextPath the application's context path ({@code ""} at the root)
     */
    GuardedPaths(GuardSettings guards, String contextPath) {
        this.loginPaths = guards.loginRequiredPaths().toArray(String[]::new);
        this.freshLoginPaths = guards.freshLoginRequiredPaths().toArray(String[]::new);
        this.contextSegments = (int) contextPath.chars().filter(c -> c == '/').count();
    }

    boolean isEmpty() {
        return loginPaths.length == 0 && freshLoginPaths.length == 0;
    }

    /**
     * @param servletPath the servlet path the container will serve
     * @param pathInfo its path info, or {@code null}
     * @param rawUri the raw request URI (context path included), or {@code null} when unknown
     * @return what the path requires, or {@code null}
     */
    Requirement requirementFor(String servletPath, String pathInfo, String rawUri) {
        Requirement requirement = requirementOf(servletPath, pathInfo);
        if (requirement == Requirement.FRESH_LOGIN || rawUri == null || PathReadings.isPlain(rawUri)) {
            return requirement;
        }
        for (String reading : PathReadings.of(rawUri, contextSegments)) {
            requirement = Requirement.stricter(requirement, requirementOf(reading, null));
        }
        return requirement;
    }

    private Requirement requirementOf(String first, String second) {
        if (coveredBy(freshLoginPaths, first, second)) {
            return Requirement.FRESH_LOGIN;
        }
        return coveredBy(loginPaths, first, second) ? Requirement.LOGIN : null;
    }

    private static boolean coveredBy(String[] prefixes, String first, String second) {
        for (String prefix : prefixes) {
            if (Prefixes.covers(prefix, first, second)) {
                return true;
            }
        }
        return false;
    }
}

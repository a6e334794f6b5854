package io.github.cdilogin.internal.config;

import java.util.List;
import java.util.Set;

/**
 * What the guards protect besides annotated classes, and how they refuse.
 *
 * @param loginRequiredPaths servlet path prefixes guarded like {@code @LoginRequired}
 * @param freshLoginRequiredPaths servlet path prefixes guarded like {@code @FreshLoginRequired}
 * @param exemptMethods HTTP methods no guard refuses ({@code EXEMPT_METHODS})
 * @param wwwAuthenticate the challenge sent with every 401
 */
public record GuardSettings(List<String> loginRequiredPaths, List<String> freshLoginRequiredPaths,
                            Set<String> exemptMethods, String wwwAuthenticate) {

    public GuardSettings {
        loginRequiredPaths = List.copyOf(loginRequiredPaths);
        freshLoginRequiredPaths = List.copyOf(freshLoginRequiredPaths);
        exemptMethods = Set.copyOf(exemptMethods);
    }

    /**
     * Matches the method as the request spells it: HTTP methods are case-sensitive, so {@code options}
     * is not {@code OPTIONS} (a servlet may still serve it), and it is guarded like any other method.
     *
     * @param method an HTTP method
     * @return whether the guards let it pass without a login
     */
    public boolean isExempt(String method) {
        return method != null && exemptMethods.contains(method);
    }
}

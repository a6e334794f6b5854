package io.github.cdilogin.internal.config;

import java.util.Set;

/**
 * Which requests must come from the application's own origin (a page on another site cannot log
 * anyone in or out), and which other origins count as the application's.
 *
 * @param protection {@code CROSS_ORIGIN_PROTECTION}
 * @param trustedOrigins origins allowed besides the request's own, each as {@code scheme://host:port}
 *        (lower case, the default port written out); empty: none
 */
public record CrossOriginSettings(Protection protection, Set<String> trustedOrigins) {

    public CrossOriginSettings {
        trustedOrigins = Set.copyOf(trustedOrigins);
    }

    /** What is protected. */
    public enum Protection {
        /** The library's own state changes: {@code LoginManager.login}, {@code logout}, {@code confirm} and revocations. */
        LOGIN,
        /** Those, and every request with an unsafe method that passes the library's filter. */
        ALL,
        /** Nothing. */
        OFF
    }
}

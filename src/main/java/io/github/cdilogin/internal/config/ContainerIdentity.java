package io.github.cdilogin.internal.config;

/** {@code cdi-login.container-identity}: how much of the current user the platform is told about. */
public enum ContainerIdentity {
    /**
     * The request the library's filter passes on answers {@code getUserPrincipal}, {@code getRemoteUser},
     * {@code isUserInRole} and {@code getAuthType} from the current user, loaded at the first such question.
     */
    REQUEST,
    /** The platform is told nothing: its own security, if any, answers alone. */
    NONE,
    /**
     * A Jakarta Authentication module, registered for the application at its start, tells the container
     * itself who the caller of each request that carries a login is: EJBs, Jakarta Security's
     * {@code SecurityContext}, JAX-RS and servlets see it through the container's own identity.
     */
    JAKARTA_SECURITY
}

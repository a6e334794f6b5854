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
     * Reserved for an {@code HttpAuthenticationMechanism} that tells the container itself (EJBs,
     * {@code @RolesAllowed} on CDI beans); not available yet, so naming it fails the deployment.
     */
    JAKARTA_SECURITY
}

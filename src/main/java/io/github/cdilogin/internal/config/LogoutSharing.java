package io.github.cdilogin.internal.config;

/**
 * {@code cdi-login.shared-logouts}: whether a {@code <distributable/>} application records its logouts where
 * every member of a cluster reads them ({@code io.github.cdilogin.internal.session.Logouts}).
 */
public enum LogoutSharing {
    /** Recorded when the application is {@code <distributable/>}: its sessions may have copies on other members. */
    AUTO,
    /**
     * Never recorded: the deployer says this server's sessions are not copied to another member (one server, or
     * Payara with its session persistence off), so invalidating a session ends it everywhere it exists, and a
     * request that uses the user pays no read of a shared record.
     */
    OFF
}

package io.github.cdilogin.internal.config;

/**
 * Every setting of the library, read and validated once at deployment by {@link SettingsReader},
 * grouped by the concern that uses it. The README's settings table lists the same keys and defaults.
 *
 * @param guards what the guards protect and how they refuse
 * @param views where refused users are sent, and what they are told
 * @param remember the remember-me cookie and its tokens
 * @param protection session protection
 * @param secret the key of the remember tokens' hashes
 * @param crossOrigin which requests must come from the application's own origin
 * @param identity what the platform is told of the current user
 * @param logoutSharing whether a distributable application records its logouts for the other members
 */
public record LoginSettings(GuardSettings guards, ViewSettings views, RememberSettings remember,
                            ProtectionSettings protection, Secret secret, CrossOriginSettings crossOrigin,
                            ContainerIdentity identity, LogoutSharing logoutSharing) {

    /** The servlet context attribute under which the settings read at start are kept. */
    public static final String ATTRIBUTE = LoginSettings.class.getName();

    /** @return the settings when nothing is configured (with a random secret) */
    public static LoginSettings defaults() {
        return SettingsReader.read(key -> null);
    }

    /**
     * @param method an HTTP method
     * @return whether the guards let it pass without a login
     */
    public boolean isExempt(String method) {
        return guards.isExempt(method);
    }
}

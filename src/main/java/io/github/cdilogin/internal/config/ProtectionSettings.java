package io.github.cdilogin.internal.config;

import io.github.cdilogin.SessionProtection;
import java.util.Set;

/**
 * Session protection.
 *
 * @param mode {@code SESSION_PROTECTION}
 * @param trustedProxies addresses whose {@code X-Forwarded-For} is believed; empty: none
 */
public record ProtectionSettings(SessionProtection mode, Set<String> trustedProxies) {

    public ProtectionSettings {
        trustedProxies = Set.copyOf(trustedProxies);
    }
}

package io.github.cdilogin.internal.config;

import jakarta.servlet.ServletContext;
import java.util.Locale;

/**
 * Where a setting's raw text comes from. {@link #standard(ServletContext)} is the order the library
 * reads: MicroProfile Config when the server has it, then servlet context parameters, system
 * properties and environment variables ({@code cdi-login.session-protection} is
 * {@code CDI_LOGIN_SESSION_PROTECTION}).
 */
@FunctionalInterface
public interface SettingSource {

    /**
     * @param key the setting's key, {@code cdi-login.*}
     * @return its raw value, or {@code null} when this source does not set it
     */
    String get(String key);

    /**
     * @param next the source asked when this one has no value
     * @return a source that asks this one first
     */
    default SettingSource orElse(SettingSource next) {
        return key -> {
            String value = get(key);
            return value != null ? value : next.get(key);
        };
    }

    /**
     * @param context the application's servlet context, or {@code null} outside a web application
     * @return the library's sources in their order
     */
    static SettingSource standard(ServletContext context) {
        SettingSource source = MicroProfileConfigSource.ifPresent();
        if (context != null) {
            source = source.orElse(context::getInitParameter);
        }
        return source.orElse(System::getProperty).orElse(key -> System.getenv(environmentName(key)));
    }

    /**
     * @param key a setting's key
     * @return its environment variable name, as MicroProfile Config maps it
     */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}

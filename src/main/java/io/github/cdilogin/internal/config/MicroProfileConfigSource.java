package io.github.cdilogin.internal.config;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads settings through MicroProfile Config, which only some servers have. The API is probed by
 * name before this class touches it, so the library has no dependency on it.
 */
final class MicroProfileConfigSource implements SettingSource {

    private static final Logger LOG = Logger.getLogger(MicroProfileConfigSource.class.getName());
    private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

    private final Config config;

    private MicroProfileConfigSource(Config config) {
        this.config = config;
    }

    static SettingSource ifPresent() {
        Config config = configIfPresent();
        return config == null ? key -> null : new MicroProfileConfigSource(config);
    }

    /** @return the names of every property MicroProfile Config has, from all its sources; none without it */
    static Set<String> namesIfPresent() {
        Config config = configIfPresent();
        Set<String> names = new HashSet<>();
        if (config != null) {
            try {
                config.getPropertyNames().forEach(names::add);
            } catch (RuntimeException unusable) {
                LOG.log(Level.FINE, "MicroProfile Config cannot list its properties", unusable);
            }
        }
        return names;
    }

    private static Config configIfPresent() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName(CONFIG_PROVIDER, false, loader != null ? loader : SettingSource.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
        try {
            return ConfigProvider.getConfig();
        } catch (RuntimeException | LinkageError unusable) {
            LOG.log(Level.FINE, "MicroProfile Config is present but unusable; reading settings without it", unusable);
            return null;
        }
    }

    @Override
    public String get(String key) {
        return config.getOptionalValue(key, String.class).orElse(null);
    }
}

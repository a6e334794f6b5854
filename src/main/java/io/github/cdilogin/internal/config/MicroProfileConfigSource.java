package io.github.cdilogin.internal.config;

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
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName(CONFIG_PROVIDER, false, loader != null ? loader : SettingSource.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return key -> null;
        }
        try {
            return new MicroProfileConfigSource(ConfigProvider.getConfig());
        } catch (RuntimeException | LinkageError unusable) {
            LOG.log(Level.FINE, "MicroProfile Config is present but unusable; reading settings without it", unusable);
            return key -> null;
        }
    }

    @Override
    public String get(String key) {
        return config.getOptionalValue(key, String.class).orElse(null);
    }
}

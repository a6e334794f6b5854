package io.github.cdilogin.internal.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * Hands the settings to the library's beans: those the web application read and validated at start
 * when there is one, else (Weld SE, a non-web deployment) those its sources give now.
 */
@ApplicationScoped
public class LoginConfiguration {

    @Inject
    Instance<ServletContext> servletContext;

    private LoginSettings settings;

    @PostConstruct
    void load() {
        ServletContext context = null;
        try {
            context = servletContext.isResolvable() ? servletContext.get() : null;
        } catch (RuntimeException notYet) {
            // Asked before the web application started (an observer of its start): the sources alone.
        }
        Object read = context == null ? null : context.getAttribute(LoginSettings.ATTRIBUTE);
        if (read instanceof LoginSettings s) {
            settings = s; // the web application's start read them, and warned about unknown keys
        } else {
            UnknownSettings.warnAbout(context);
            settings = SettingsReader.read(SettingSource.standard(context));
        }
    }

    /** @return the settings in force */
    public LoginSettings settings() {
        return settings;
    }
}

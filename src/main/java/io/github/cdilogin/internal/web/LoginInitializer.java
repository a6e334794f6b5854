package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.config.InvalidSettingException;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.SettingSource;
import io.github.cdilogin.internal.config.SettingsReader;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs when the web application starts: reads and validates the settings once (a bad value fails
 * the deployment) and puts the library's filter in front of every other.
 */
public final class LoginInitializer implements ServletContainerInitializer {

    /** The filter's name in the application. */
    public static final String FILTER_NAME = "cdi-login";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        LoginSettings settings;
        try {
            settings = SettingsReader.read(SettingSource.standard(context));
        } catch (InvalidSettingException invalid) {
            throw new ServletException(invalid.getMessage(), invalid);
        }
        context.setAttribute(LoginSettings.ATTRIBUTE, settings);
        FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, new LoginFilter(settings));
        if (filter != null) {
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
    }
}

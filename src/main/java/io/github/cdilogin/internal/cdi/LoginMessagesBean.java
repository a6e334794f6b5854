package io.github.cdilogin.internal.cdi;

import io.github.cdilogin.LoginMessages;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.ViewSettings;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The login and refresh messages, from the settings or localised through the configured bundle. */
@ApplicationScoped
@Named("loginMessages")
public class LoginMessagesBean implements LoginMessages {

    @Inject
    LoginConfiguration configuration;

    @Inject
    CurrentHttpRequest http;

    @Override
    public String getLoginMessage() {
        ViewSettings views = configuration.settings().views();
        return localised(views, Setting.LOGIN_MESSAGE.key(), views.loginMessage());
    }

    @Override
    public String getRefreshMessage() {
        ViewSettings views = configuration.settings().views();
        return localised(views, Setting.REFRESH_MESSAGE.key(), views.refreshMessage());
    }

    private String localised(ViewSettings views, String key, String fallback) {
        if (views.messageBundle() == null || fallback.isEmpty()) {
            return fallback;
        }
        HttpServletRequest request = http.orNull();
        Locale locale = request == null ? Locale.getDefault() : request.getLocale();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return ResourceBundle.getBundle(views.messageBundle(), locale, loader).getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}

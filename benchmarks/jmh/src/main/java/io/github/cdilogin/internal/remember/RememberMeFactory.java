package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LoginEvents;
import io.github.cdilogin.internal.config.LoginConfiguration;

/**
 * Builds the library's real {@link RememberMe} bean outside a container: the fields CDI would inject,
 * then its {@code @PostConstruct}, as the container does once per deployment.
 */
public final class RememberMeFactory {

    private RememberMeFactory() {
    }

    public static RememberMe create(LoginConfiguration configuration, ApplicationBeans beans, LoginEvents events) {
        RememberMe rememberMe = new RememberMe();
        rememberMe.configuration = configuration;
        rememberMe.applicationBeans = beans;
        rememberMe.events = events;
        rememberMe.init();
        return rememberMe;
    }
}

package io.github.cdilogin.internal;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.remember.RememberMe;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Makes each request's {@link RequestLogin} (the request-scoped {@code LoginManager}) and its
 * {@code @CurrentUser LoginUser}. The extension registers both as beans this factory creates rather
 * than as a managed bean and a producer method: on Payara, creating a managed bean runs the
 * container's injection services (annotation scans, an HK2 look-up, a resolution per injected field),
 * and a producer method resolves its parameters at each call; together they cost a guarded request
 * about a tenth of its throughput (BENCHMARKS.md). The collaborators are application-scoped, or the
 * request-scoped manager's proxy, so they are looked up at the first request and shared by all.
 */
final class RequestLogins {

    private final BeanManager beanManager;
    private volatile RequestLogin wired;
    private volatile LoginManager manager;

    /** @param beanManager the deployment's bean manager, to look the collaborators up at the first request */
    RequestLogins(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** @return a new request's login, not yet resolved */
    RequestLogin create() {
        RequestLogin template = wired;
        if (template == null) {
            template = new RequestLogin();
            template.session = lookUp(LoginSession.class);
            template.loaders = lookUp(Loaders.class);
            template.http = lookUp(CurrentHttpRequest.class);
            template.events = lookUp(LoginEvents.class);
            template.currentUsers = lookUp(CurrentUserProducer.class);
            template.rememberMe = lookUp(RememberMe.class);
            template.configuration = lookUp(LoginConfiguration.class);
            template.crossOrigin = lookUp(CrossOriginProtection.class);
            wired = template;
        }
        RequestLogin login = new RequestLogin();
        login.session = template.session;
        login.loaders = template.loaders;
        login.http = template.http;
        login.events = template.events;
        login.currentUsers = template.currentUsers;
        login.rememberMe = template.rememberMe;
        login.configuration = template.configuration;
        login.crossOrigin = template.crossOrigin;
        return login;
    }

    /** @return the current request's user, for {@code @CurrentUser LoginUser} and the application's type */
    LoginUser currentUser() {
        LoginManager proxy = manager;
        if (proxy == null) {
            proxy = lookUp(LoginManager.class);
            manager = proxy;
        }
        return proxy.currentUser();
    }

    private <T> T lookUp(Class<T> type) {
        return beanManager.createInstance().select(type).get();
    }
}

package io.github.cdilogin.internal.login;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LoginEvents;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.session.SessionAttributes;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Makes each request's {@link CurrentLogin} (the request-scoped {@code LoginManager}) and its
 * {@code @CurrentUser LoginUser}. The extension registers both as beans this factory creates rather
 * than as a managed bean and a producer method: on Payara, creating a managed bean runs the
 * container's injection services (annotation scans, an HK2 look-up, a resolution per injected field),
 * and a producer method resolves its parameters at each call; together they cost a guarded request
 * about a tenth of its throughput (BENCHMARKS.md). The collaborators are application-scoped, or the
 * request-scoped manager's proxy, so they are looked up at the first request and shared by all.
 */
public final class CurrentLoginFactory {

    private final BeanManager beanManager;
    private volatile CurrentLogin.Collaborators shared;
    private volatile LoginManager manager;

    /** @param beanManager the deployment's bean manager, to look the collaborators up at the first request */
    public CurrentLoginFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** @return a new request's login, not yet resolved */
    public CurrentLogin create() {
        CurrentLogin.Collaborators resolved = shared;
        if (resolved == null) {
            // Racing first requests may both resolve them: the same application-scoped references.
            resolved = new CurrentLogin.Collaborators(lookUp(SessionAttributes.class), lookUp(ApplicationBeans.class),
                    lookUp(CurrentHttpRequest.class), lookUp(LoginEvents.class), lookUp(CurrentUserBeans.class),
                    lookUp(RememberMe.class), lookUp(LoginConfiguration.class), lookUp(CrossOriginProtection.class));
            shared = resolved;
        }
        return new CurrentLogin(resolved);
    }

    /** @return the current request's user, for {@code @CurrentUser LoginUser} and the application's type */
    public LoginUser currentUser() {
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

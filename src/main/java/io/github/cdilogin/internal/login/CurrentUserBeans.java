package io.github.cdilogin.internal.login;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Produces {@code #{currentUser}} for pages, and lets a login or logout in the middle of a request
 * {@link #forget() forget} the request's {@code @CurrentUser LoginUser} (a request-scoped bean the
 * extension registers), so that its proxy answers with the new user from then on.
 */
@ApplicationScoped
public class CurrentUserBeans {

    @Inject
    BeanManager beanManager;

    private volatile Bean<?> currentUserBean;

    /** The user object itself, not a proxy, so that pages reach the application type's properties. */
    @Produces
    @Named("currentUser")
    @ForPages
    LoginUser currentUserForPages(LoginManager login) {
        return login.currentUser();
    }

    /**
     * Drops this request's produced user; the next call through the proxy produces it again.
     * Public, as every method called through a client proxy must be to be portable: a package-private
     * method is not intercepted by a proxy defined in another class loader (GlassFish), and then runs
     * on the proxy's own empty fields.
     */
    public void forget() {
        Context context = beanManager.getContext(RequestScoped.class);
        if (context instanceof AlterableContext alterable) {
            alterable.destroy(currentUserBean());
        }
    }

    private Bean<?> currentUserBean() {
        Bean<?> bean = currentUserBean;
        if (bean == null) {
            bean = beanManager.resolve(beanManager.getBeans(LoginUser.class, CurrentUser.Literal.INSTANCE));
            currentUserBean = bean;
        }
        return bean;
    }
}

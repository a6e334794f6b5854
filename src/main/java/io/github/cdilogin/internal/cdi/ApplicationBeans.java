package io.github.cdilogin.internal.cdi;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.NeedsRefreshHandler;
import io.github.cdilogin.spi.RememberTokenStore;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UnauthorizedHandler;
import io.github.cdilogin.spi.UserLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/**
 * References to the beans the application provides for the library, resolved once from the beans the
 * extension found. They are not looked up by type: a library jar in {@code WEB-INF/lib} need not see
 * the beans of {@code WEB-INF/classes} (GlassFish and Payara keep them apart), but a reference to a
 * known bean is always allowed.
 */
@ApplicationScoped
public class ApplicationBeans {

    @Inject
    BeanManager beanManager;

    @Inject
    LoginExtension extension;

    private UserLoader<?> userLoader;
    private RequestLoader requestLoader;
    private LoginUser anonymousUser;
    private RememberTokenStore rememberTokenStore;
    private UnauthorizedHandler unauthorizedHandler;
    private NeedsRefreshHandler needsRefreshHandler;

    @PostConstruct
    void resolve() {
        userLoader = reference(extension.applicationBean(UserLoader.class));
        requestLoader = reference(extension.applicationBean(RequestLoader.class));
        anonymousUser = reference(extension.applicationBean(LoginUser.class));
        rememberTokenStore = reference(extension.applicationBean(RememberTokenStore.class));
        unauthorizedHandler = reference(extension.applicationBean(UnauthorizedHandler.class));
        needsRefreshHandler = reference(extension.applicationBean(NeedsRefreshHandler.class));
    }

    // Object is a type of every bean; the reference is still the bean's class (or its proxy).
    private <T> T reference(Bean<?> bean) {
        if (bean == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T reference = (T) beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
        return reference;
    }

    /** @return the user loader, or {@code null} */
    public UserLoader<?> userLoader() {
        return userLoader;
    }

    /** @return the request loader, or {@code null} */
    public RequestLoader requestLoader() {
        return requestLoader;
    }

    /** @return the {@code @AnonymousUser} bean, or {@code null} */
    public LoginUser anonymousUser() {
        return anonymousUser;
    }

    /** @return the application's token store, or {@code null} */
    public RememberTokenStore rememberTokenStore() {
        return rememberTokenStore;
    }

    /** @return the application's unauthorized answer, or {@code null} */
    public UnauthorizedHandler unauthorizedHandler() {
        return unauthorizedHandler;
    }

    /** @return the application's needs-refresh answer, or {@code null} */
    public NeedsRefreshHandler needsRefreshHandler() {
        return needsRefreshHandler;
    }
}

package io.github.cdilogin.internal;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UserLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The application's user loader, request loader and anonymous user, resolved once from the beans
 * the extension found. They are not looked up by type: a library jar in {@code WEB-INF/lib} need
 * not see the beans of {@code WEB-INF/classes} (GlassFish and Payara keep them apart), but a
 * reference to a known bean is always allowed.
 */
@ApplicationScoped
public class Loaders {

    @Inject
    BeanManager beanManager;

    @Inject
    LoginExtension extension;

    private UserLoader<?> userLoader;
    private RequestLoader requestLoader;
    private LoginUser anonymous;

    @PostConstruct
    void resolve() {
        userLoader = reference(extension.userLoader());
        requestLoader = reference(extension.requestLoader());
        LoginUser application = reference(extension.anonymousUser());
        anonymous = application != null ? application : LoginUser.anonymous();
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

    /**
     * @param id a user id from the session
     * @return the user, or {@code null} when the loader finds none (or there is no user loader)
     */
    public LoginUser loadUser(String id) {
        if (userLoader == null) {
            return null;
        }
        Optional<? extends LoginUser> user = userLoader.loadUser(id);
        return user == null ? null : user.orElse(null);
    }

    /**
     * @param request the request in progress, or {@code null}
     * @return the user the request loader finds, or {@code null}
     */
    public LoginUser loadUser(HttpServletRequest request) {
        if (requestLoader == null || request == null) {
            return null;
        }
        Optional<? extends LoginUser> user = requestLoader.loadUser(request);
        return user == null ? null : user.orElse(null);
    }

    /** @return the application's anonymous user, or the library's */
    public LoginUser anonymous() {
        return anonymous;
    }
}

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
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The beans the application provides for the library, and the calls to its loaders: references
 * resolved once from the beans the extension found. They are not looked up by type: a library jar in {@code WEB-INF/lib} need not see
 * the beans of {@code WEB-INF/classes} (GlassFish and Payara keep them apart), but a reference to a
 * known bean is always allowed.
 */
@ApplicationScoped
public class ApplicationBeans {

    private static final Logger LOG = Logger.getLogger(ApplicationBeans.class.getName());

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
    private LoginUser anonymous = LoginUser.anonymous();

    /**
     * The application's beans given directly, as a container would resolve them: for tests and benchmarks
     * that wire the library by hand.
     *
     * @param userLoader the user loader, or {@code null}
     * @param requestLoader the request loader, or {@code null}
     * @param anonymousUser the {@code @AnonymousUser} bean, or {@code null}
     * @param rememberTokenStore the token store, or {@code null}
     * @param unauthorizedHandler the unauthorized answer, or {@code null}
     * @param needsRefreshHandler the needs-refresh answer, or {@code null}
     * @return the application's beans
     */
    public static ApplicationBeans of(UserLoader<?> userLoader, RequestLoader requestLoader, LoginUser anonymousUser,
                                      RememberTokenStore rememberTokenStore, UnauthorizedHandler unauthorizedHandler,
                                      NeedsRefreshHandler needsRefreshHandler) {
        ApplicationBeans beans = new ApplicationBeans();
        beans.userLoader = userLoader;
        beans.requestLoader = requestLoader;
        beans.anonymousUser = anonymousUser;
        beans.rememberTokenStore = rememberTokenStore;
        beans.unauthorizedHandler = unauthorizedHandler;
        beans.needsRefreshHandler = needsRefreshHandler;
        beans.anonymous = anonymousUser != null ? anonymousUser : LoginUser.anonymous();
        return beans;
    }

    @PostConstruct
    void resolve() {
        userLoader = reference(extension.applicationBean(UserLoader.class));
        requestLoader = reference(extension.applicationBean(RequestLoader.class));
        anonymousUser = reference(extension.applicationBean(LoginUser.class));
        rememberTokenStore = reference(extension.applicationBean(RememberTokenStore.class));
        unauthorizedHandler = reference(extension.applicationBean(UnauthorizedHandler.class));
        needsRefreshHandler = reference(extension.applicationBean(NeedsRefreshHandler.class));
        anonymous = anonymousUser != null ? anonymousUser : LoginUser.anonymous();
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
     * @param id a user id from the session or a remember series
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
        if (!mayLoadFrom(request)) {
            return null;
        }
        Optional<? extends LoginUser> user = requestLoader.loadUser(request);
        return user == null ? null : user.orElse(null);
    }

    /**
     * @param request the request in progress, or {@code null}
     * @return whether the application's request loader may find a user in it: it has one, and the loader
     *         does not say the request carries nothing it reads ({@code RequestLoader.carriesCredentials})
     */
    public boolean mayLoadFrom(HttpServletRequest request) {
        if (requestLoader == null || request == null) {
            return false;
        }
        try {
            return requestLoader.carriesCredentials(request);
        } catch (RuntimeException failed) {
            // Unsure: the loader is asked, as it was before it could say (its own failures are answered there).
            LOG.log(Level.WARNING, () -> "cdi-login: RequestLoader.carriesCredentials threw " + failed.getClass().getName()
                    + "; the request loader is asked for the user");
            LOG.log(Level.FINE, "cdi-login: why carriesCredentials failed", failed);
            return true;
        }
    }

    /** @return the application's anonymous user, or the library's */
    public LoginUser anonymous() {
        return anonymous;
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

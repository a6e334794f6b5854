package io.github.cdilogin.internal;

import io.github.cdilogin.AnonymousUser;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UserLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The application's user loader, request loader and anonymous user, resolved once. The extension
 * has already made sure there is at most one of each loader and at least one of the two.
 */
@ApplicationScoped
public class Loaders {

    @Inject
    Instance<UserLoader<?>> userLoaders;

    @Inject
    Instance<RequestLoader> requestLoaders;

    @Inject
    @AnonymousUser
    Instance<LoginUser> anonymousUsers;

    private UserLoader<?> userLoader;
    private RequestLoader requestLoader;
    private LoginUser anonymous;

    @PostConstruct
    void resolve() {
        userLoader = userLoaders.isResolvable() ? userLoaders.get() : null;
        requestLoader = requestLoaders.isResolvable() ? requestLoaders.get() : null;
        anonymous = anonymousUsers.isResolvable() ? anonymousUsers.get() : LoginUser.anonymous();
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

package io.github.cdilogin.internal.cdi;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UserLoader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Calls the application's loaders, taking a {@code null} answer for an empty one. */
@ApplicationScoped
public class Loaders {

    @Inject
    ApplicationBeans applicationBeans;

    private UserLoader<?> userLoader;
    private RequestLoader requestLoader;
    private LoginUser anonymous;

    @PostConstruct
    void resolve() {
        userLoader = applicationBeans.userLoader();
        requestLoader = applicationBeans.requestLoader();
        anonymous = applicationBeans.anonymousUser() != null ? applicationBeans.anonymousUser() : LoginUser.anonymous();
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

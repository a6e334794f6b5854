package io.github.cdilogin.support;

import io.github.cdilogin.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** A request-scoped bean injecting {@code @CurrentUser AppUser}, where the Javadoc says it belongs. */
@RequestScoped
public class AppUserHolder {

    @Inject
    @CurrentUser
    AppUser user;

    public AppUser user() {
        return user;
    }
}

package io.github.cdilogin.support;

import io.github.cdilogin.AnonymousUser;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own anonymous user, as in the Javadoc of {@link AnonymousUser}: the library's
 * answers, and a greeting of its own.
 */
@ApplicationScoped
@AnonymousUser
public class Guest implements LoginUser {

    private static final LoginUser NOBODY = LoginUser.anonymous();

    @Override
    public String getId() {
        return NOBODY.getId();
    }

    @Override
    public boolean isActive() {
        return NOBODY.isActive();
    }

    @Override
    public boolean isAnonymous() {
        return NOBODY.isAnonymous();
    }

    public String greeting() {
        return "Welcome, guest";
    }
}

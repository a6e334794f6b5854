package io.github.cdilogin.support;

import io.github.cdilogin.AnonymousUser;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's own anonymous user, as in the Javadoc of {@link AnonymousUser}. */
@ApplicationScoped
@AnonymousUser
public class Guest implements LoginUser {

    @Override
    public String getId() {
        return null;
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public boolean isAnonymous() {
        return true;
    }

    public String greeting() {
        return "Welcome, guest";
    }
}

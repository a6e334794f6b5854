package io.github.cdilogin.support;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** An application-scoped bean using the two injections the Javadoc allows there. */
@ApplicationScoped
public class LongLivedUserReader {

    @Inject
    @CurrentUser
    LoginUser currentUser;

    @Inject
    @CurrentUser
    Instance<AppUser> appUser;

    public String currentUserId() {
        return currentUser.getId();
    }

    public AppUser appUser() {
        return appUser.get();
    }
}

package io.github.cdilogin.it.app;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A guarded CDI bean, called from a servlet and from a resource. */
@ApplicationScoped
public class Reports {

    @Inject
    @CurrentUser
    LoginUser user;

    @LoginRequired
    public String monthly() {
        return "report for " + user.getId();
    }
}

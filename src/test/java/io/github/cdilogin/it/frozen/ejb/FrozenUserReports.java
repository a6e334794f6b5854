package io.github.cdilogin.it.frozen.ejb;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A stateless session bean: pooled, so one instance (and its injected user) serves many requests. */
@Stateless
public class FrozenUserReports {

    @Inject
    @CurrentUser
    ItUser user;

    public String owner() {
        return String.valueOf(user);
    }
}

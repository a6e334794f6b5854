package io.github.cdilogin.it.guards.jaxrs.app;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A guarded CDI bean, called from a public servlet. */
@ApplicationScoped
public class GuardedWork {

    @Inject
    Ran ran;

    @LoginRequired
    public String work() {
        ran.ran("bean.work");
        return "worked";
    }
}

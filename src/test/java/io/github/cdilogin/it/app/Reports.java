package io.github.cdilogin.it.app;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/** A guarded CDI bean, called from a servlet and from a resource. */
@ApplicationScoped
public class Reports {

    @Inject
    @CurrentUser
    LoginUser user;

    private final AtomicInteger runs = new AtomicInteger();

    @LoginRequired
    public String monthly() {
        runs.incrementAndGet();
        return "report for " + user.getId();
    }

    /** @return how often the guarded method ran: a test proves a refused login did not reach it */
    public int runs() {
        return runs.get();
    }
}

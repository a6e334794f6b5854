package io.github.cdilogin.support;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.ApplicationScoped;

/** A bean guarded as a whole. */
@ApplicationScoped
@LoginRequired
public class GuardedReports {

    public String monthly() {
        return "monthly";
    }
}

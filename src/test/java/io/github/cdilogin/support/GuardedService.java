package io.github.cdilogin.support;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.ApplicationScoped;

/** A bean with one public, one guarded and one freshly guarded method. */
@ApplicationScoped
public class GuardedService {

    public String publicInfo() {
        return "public";
    }

    @LoginRequired
    public String open() {
        return "opened";
    }

    @FreshLoginRequired
    public String changePassword() {
        return "changed";
    }
}

package io.github.cdilogin.it.guards.web.app;

import io.github.cdilogin.LoginUser;

/** The test application's user. */
public record WebUser(String id) implements LoginUser {

    @Override
    public String getId() {
        return id;
    }
}

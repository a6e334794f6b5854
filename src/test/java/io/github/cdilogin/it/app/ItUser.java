package io.github.cdilogin.it.app;

import io.github.cdilogin.LoginUser;

/** The test application's user: a record, as applications are encouraged to write them. */
public record ItUser(String username, String name, boolean enabled) implements LoginUser {

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isActive() {
        return enabled;
    }
}

package io.github.cdilogin.it.app;

import io.github.cdilogin.LoginUser;

/**
 * The test application's user: a record, as applications are encouraged to write them. Its auth stamp
 * stands for the password hash: it changes with each password change ({@link ItUsers#changePassword}).
 */
public record ItUser(String username, String name, boolean enabled, String passwordHash) implements LoginUser {

    ItUser(String username, String name, boolean enabled) {
        this(username, name, enabled, "hash-0");
    }

    @Override
    public String getAuthStamp() {
        return passwordHash;
    }

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isActive() {
        return enabled;
    }
}

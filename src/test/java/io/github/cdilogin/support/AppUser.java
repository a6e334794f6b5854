package io.github.cdilogin.support;

import io.github.cdilogin.LoginUser;

/** The application's user type in the tests: a record, as the Javadoc of {@link LoginUser} suggests. */
public record AppUser(String name, boolean active) implements LoginUser {

    public static AppUser active(String name) {
        return new AppUser(name, true);
    }

    public static AppUser inactive(String name) {
        return new AppUser(name, false);
    }

    @Override
    public String getId() {
        return name;
    }

    @Override
    public boolean isActive() {
        return active;
    }
}

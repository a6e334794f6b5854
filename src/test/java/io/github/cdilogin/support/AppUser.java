package io.github.cdilogin.support;

import io.github.cdilogin.LoginUser;

/** The application's user type in the tests: a record, as the Javadoc of {@link LoginUser} suggests. */
public record AppUser(String name, boolean active, String stamp) implements LoginUser {

    /** A user without an auth stamp, as most tests have. */
    public AppUser(String name, boolean active) {
        this(name, active, null);
    }

    /** @return this user after a password change: its auth stamp is {@code stamp} */
    public AppUser withStamp(String stamp) {
        return new AppUser(name, active, stamp);
    }

    @Override
    public String getAuthStamp() {
        return stamp;
    }

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

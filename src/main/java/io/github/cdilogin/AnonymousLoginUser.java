package io.github.cdilogin;

/** The default anonymous user: Flask-Login's {@code AnonymousUserMixin}. */
enum AnonymousLoginUser implements LoginUser {
    INSTANCE;

    @Override
    public String getId() {
        return null;
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public boolean isAnonymous() {
        return true;
    }

    @Override
    public String toString() {
        return "anonymous";
    }
}

package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link LoginUser}: Flask-Login's {@code UserMixin} defaults and {@code AnonymousUserMixin}. */
class LoginUserTest {

    /** A user that implements only what it must. */
    record IdOnlyUser(String id) implements LoginUser {
        @Override
        public String getId() {
            return id;
        }
    }

    /** A user that says it is not active and keeps the other defaults. */
    record DisabledUser(String id) implements LoginUser {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public boolean isActive() {
            return false;
        }
    }

    @Test
    void userHasNoRolesByDefault() {
        assertTrue(new IdOnlyUser("alice").getRoles().isEmpty());
        assertTrue(LoginUser.anonymous().getRoles().isEmpty());
    }

    @Test
    void userIsActiveByDefault() {
        assertTrue(new IdOnlyUser("alice").isActive());
    }

    @Test
    void userIsAuthenticatedByDefault() {
        assertTrue(new IdOnlyUser("alice").isAuthenticated());
    }

    @Test
    void userIsNotAnonymousByDefault() {
        assertFalse(new IdOnlyUser("alice").isAnonymous());
    }

    @Test
    void inactiveUserIsNotAuthenticatedByDefault() {
        assertFalse(new DisabledUser("carol").isAuthenticated());
    }

    @Test
    void anonymousUserHasNoId() {
        assertNull(LoginUser.anonymous().getId());
    }

    @Test
    void anonymousUserIsNeitherActiveNorAuthenticatedButAnonymous() {
        LoginUser anonymous = LoginUser.anonymous();

        assertFalse(anonymous.isActive(), "active");
        assertFalse(anonymous.isAuthenticated(), "authenticated");
        assertTrue(anonymous.isAnonymous(), "anonymous");
    }

    @Test
    void anonymousUserIsShared() {
        assertSame(LoginUser.anonymous(), LoginUser.anonymous());
    }
}

package io.github.cdilogin.internal;

import java.io.Serializable;

/**
 * What the session keeps of a login: small, immutable and serializable, so that a replicated
 * session carries it and every change is a new value set on the session. Never the user object.
 *
 * @param userId what {@code LoginUser.getId()} returned at login
 * @param fresh whether the login was made (or confirmed) in this session
 * @param remembered whether the login was restored from the remember cookie
 * @param forced whether an inactive user was logged in on purpose ({@code force})
 */
public record SessionLogin(String userId, boolean fresh, boolean remembered, boolean forced) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return this login, fresh again */
    public SessionLogin confirmed() {
        return new SessionLogin(userId, true, remembered, forced);
    }
}

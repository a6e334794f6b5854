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
 * @param clientId the client identifier at login, confirm or restore; {@code null} without session protection
 * @param rememberSeries the remember series that belongs to this login, or {@code null}
 */
public record SessionLogin(String userId, boolean fresh, boolean remembered, boolean forced, String clientId,
                           String rememberSeries) implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * @param clientId the client identifier now
     * @return this login, fresh again, for this client
     */
    public SessionLogin confirmed(String clientId) {
        return new SessionLogin(userId, true, remembered, forced, clientId, rememberSeries);
    }

    /** @return this login, no longer fresh */
    public SessionLogin stale() {
        return new SessionLogin(userId, false, remembered, forced, clientId, rememberSeries);
    }
}

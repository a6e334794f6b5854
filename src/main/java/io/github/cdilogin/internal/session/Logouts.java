package io.github.cdilogin.internal.session;

import java.time.Duration;

/**
 * Which sessions were logged out: on one server, invalidating a session is enough and nothing is
 * kept; in a cluster on the {@code jcache} store, every member must learn it.
 */
public interface Logouts {

    /** One server: an invalidated session is gone for every request. */
    Logouts LOCAL = new Logouts() {
        @Override
        public void loggedOut(String sessionId, Duration sessionLifetime) {
        }

        @Override
        public boolean isLoggedOut(String sessionId) {
            return false;
        }
    };

    /**
     * @param sessionId a session being invalidated by a logout (or strong session protection)
     * @param sessionLifetime how long a copy of it could still be used
     */
    void loggedOut(String sessionId, Duration sessionLifetime);

    /**
     * @param sessionId a session a request brought
     * @return whether it was logged out, on any member
     */
    boolean isLoggedOut(String sessionId);
}

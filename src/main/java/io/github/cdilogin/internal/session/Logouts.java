package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.remember.JCacheTokenStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Which sessions were logged out: on one server, invalidating a session is enough and nothing is
 * kept; in a cluster on the {@code jcache} store, every member must learn it. {@link SessionAttributes}
 * owns the one in use and always calls it: on one server it is {@link #LOCAL}, which does nothing.
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
     * The deployment says it runs in a cluster by keeping the remember series on the data grid
     * ({@code cdi-login.remember-store=jcache}); the logouts then go to the same grid. An application's
     * own token store says nothing about the sessions, and without {@code javax.cache} the remember side
     * fails the deployment with its message.
     *
     * @param store the remember store setting
     * @param applicationStore whether the application provides its own {@code RememberTokenStore}
     * @param clock what decides how long a logout is kept
     * @return where this deployment records logouts
     */
    static Logouts forStore(RememberSettings.Store store, boolean applicationStore, Clock clock) {
        return store == RememberSettings.Store.JCACHE && !applicationStore && JCacheTokenStore.available()
                ? JCacheLogouts.open(clock) : LOCAL;
    }

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

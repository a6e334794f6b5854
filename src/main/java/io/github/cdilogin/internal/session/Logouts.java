package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.LogoutSharing;
import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.remember.JCacheTokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Which sessions were logged out, for a cluster's members. On one server invalidating a session is
 * enough and nothing is kept ({@link #LOCAL}). In a cluster a member may keep a local copy of a session
 * another member invalidated, so every member must learn of each logout (Spring Security's
 * CVE-2023-20862). {@link SessionAttributes}, the owner of the session and of its end, chooses the one in
 * use once at start ({@link #choose}) and always calls it; nothing compares against {@link #LOCAL}.
 */
public interface Logouts {

    /** One server, or nowhere shared to keep them: an invalidated session is gone on this member. */
    Logouts LOCAL = new Logouts() {
        @Override
        public void loggedOut(String sessionId, Duration sessionLifetime) {
        }

        @Override
        public Answer check(String sessionId, long createdAt) {
            return Answer.LIVE;
        }

        @Override
        public String toString() {
            return "this member only";
        }
    };

    /** What the record says of a session a request brought. */
    enum Answer {
        /** Not logged out: its login holds. */
        LIVE,
        /** Logged out on some member: this copy must end. */
        ENDED,
        /** The record cannot be read now: the request is anonymous, the session is kept. */
        UNKNOWN
    }

    /**
     * Chooses where logouts are recorded, by the session side's own facts, whatever the remember store.
     * A deployment that says it may run in a cluster ({@code <distributable/>} in its {@code web.xml})
     * records them in a JCache cache when the server has JCache and a cache manager answers (Payara's
     * data grid, the one its sessions live on); else, with {@code cdi-login.remember-store=jdbc}, in a table
     * of that store's DataSource (shared by the members when they share the database); else nowhere, with
     * one warning ({@code CDILOGIN-029}). A deployment that is not distributable has no other member, and one
     * whose deployer set {@code cdi-login.shared-logouts=off} says its sessions are never copied to one (Payara
     * Micro keeps a grid, and so JCache, even on one server: the read would cost every request for nothing).
     *
     * @param distributable whether the web application is {@code <distributable/>}
     * @param sharing {@code cdi-login.shared-logouts}
     * @param sessionTimeout the web application's session timeout: a logout is kept for its session's
     *        lifetime, at most the longer of this and a day (a session that never expires: that long)
     * @param remember the remember settings: the JDBC store's DataSource is the second choice
     * @param applicationStore whether the application brings its own {@code RememberTokenStore} (then the
     *        library's JDBC store, and its DataSource, are not in use)
     * @param clock what decides how long a logout is kept
     * @return where this deployment records logouts
     */
    static Logouts choose(boolean distributable, LogoutSharing sharing, Duration sessionTimeout,
                          RememberSettings remember, boolean applicationStore, Clock clock) {
        if (!distributable) {
            return LOCAL;
        }
        Logger log = Logger.getLogger(Logouts.class.getName());
        if (sharing == LogoutSharing.OFF) {
            // said once, since it turns a cluster's protection off: wrong on a cluster, it must be visible
            log.info(() -> "cdi-login: " + Setting.SHARED_LOGOUTS.key() + "=off: logouts are not recorded for other"
                    + " members; this server's sessions must not be copied to any other");
            return LOCAL;
        }
        Duration horizon = sessionTimeout.compareTo(Duration.ofDays(1)) > 0 ? sessionTimeout : Duration.ofDays(1);
        // Only the JCache classes name javax.cache: they are loaded past this check alone
        SharedLogouts.Place place = JCacheTokenStore.available() ? JCacheLogouts.open(horizon) : null;
        boolean jdbc = remember.store() == RememberSettings.Store.JDBC && !applicationStore;
        if (place == null && jdbc) {
            place = JdbcLogouts.open(remember.jdbc().dataSource(), clock);
        }
        if (place == null) {
            log.warning(Messages.logoutsNotShared(remember.jdbc().dataSource(), jdbc));
            return LOCAL;
        }
        String where = place.describe();
        log.fine(() -> "cdi-login: logouts are shared in " + where);
        return new SharedLogouts(place, clock, horizon);
    }

    /**
     * @param sessionId a session being invalidated by a logout (or strong session protection)
     * @param sessionLifetime how long a copy of it could still be used
     */
    void loggedOut(String sessionId, Duration sessionLifetime);

    /**
     * @param sessionId a session a request brought
     * @param createdAt when that session was created, in milliseconds
     * @return whether it was logged out, on any member
     */
    Answer check(String sessionId, long createdAt);
}

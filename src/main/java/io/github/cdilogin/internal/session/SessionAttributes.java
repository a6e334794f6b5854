package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The one owner of the library's session attribute. It reads with {@code getSession(false)}, so an
 * anonymous request never creates a session, and it changes the session id whenever a login starts
 * or is confirmed (session fixation, CWE-384).
 */
@ApplicationScoped
public class SessionAttributes {

    /** The login: the attribute every logged-in session has. */
    static final String LOGIN = "io.github.cdilogin.login";
    /** Where a refused page was, with {@code cdi-login.use-session-for-next} ({@code USE_SESSION_FOR_NEXT}). */
    static final String NEXT = "io.github.cdilogin.next";

    @Inject
    CurrentHttpRequest http;

    /** @return the login the session holds, or {@code null} */
    public StoredLogin read() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            // A value of another class (an older deployment's) is no login.
            return session.getAttribute(LOGIN) instanceof StoredLogin login ? login : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /**
     * Stores a new login under a new session id: the id the client had before stops carrying it.
     *
     * @param login the login to keep
     */
    public void start(StoredLogin login) {
        HttpServletRequest request = http.required("Logging in");
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(NEXT);
        session.setAttribute(LOGIN, login);
    }

    /**
     * Replaces the login in the session, keeping its id, as when session protection marks it stale.
     *
     * @param login the login to keep
     */
    public void update(StoredLogin login) {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            try {
                session.setAttribute(LOGIN, login);
            } catch (IllegalStateException invalidated) {
                // gone: nothing to update
            }
        }
    }

    /**
     * Replaces the login in the session under a new session id, as after a confirm.
     *
     * @param login the login to keep
     */
    public void renew(StoredLogin login) {
        start(login);
    }

    /** Forgets the login but keeps the session: its user is gone or no longer active. */
    public void drop() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(LOGIN);
            } catch (IllegalStateException invalidated) {
                // nothing left to forget
            }
        }
    }

    /**
     * Keeps the page a refused request asked for: this creates a session for an anonymous visitor, which
     * is why it is a setting.
     *
     * @param request the refused request
     * @param next its path and query
     */
    public static void saveNext(HttpServletRequest request, String next) {
        request.getSession(true).setAttribute(NEXT, next);
    }

    /** @return the page kept by {@link #saveNext}, or {@code null} */
    public String savedNext() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        try {
            return session != null && session.getAttribute(NEXT) instanceof String next ? next : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /**
     * Puts a login into a session directly, as the test helpers do to start a test logged in.
     *
     * @param session the session
     * @param login the login it holds from now on
     */
    public static void seed(HttpSession session, StoredLogin login) {
        session.setAttribute(LOGIN, login);
    }

    /** @return the id of the request's session, or {@code null} without one */
    public String id() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        try {
            return session == null ? null : session.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** @return how long the request's session may live unused; a day when it does not say */
    public java.time.Duration lifetime() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        try {
            int seconds = session == null ? 0 : session.getMaxInactiveInterval();
            return seconds > 0 ? java.time.Duration.ofSeconds(seconds) : java.time.Duration.ofDays(1);
        } catch (IllegalStateException invalidated) {
            return java.time.Duration.ofDays(1);
        }
    }

    /** Invalidates the whole session: its id carries nothing any more. */
    public void end() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // already gone
            }
        }
    }
}

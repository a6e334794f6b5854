package io.github.cdilogin.internal.session;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;

/**
 * The one owner of the library's session attributes, and of the session's end. It reads with
 * {@code getSession(false)}, so an anonymous request never creates a session; it changes the session
 * id whenever a login starts or is confirmed (session fixation, CWE-384); and in a cluster it records
 * each session it ends, so that no member's stale copy logs anyone in ({@link Logouts}).
 */
@ApplicationScoped
public class SessionAttributes {

    /** The login: the attribute every logged-in session has. */
    static final String LOGIN = "io.github.cdilogin.login";
    /** Where a refused page was, with {@code cdi-login.use-session-for-next} ({@code USE_SESSION_FOR_NEXT}). */
    static final String NEXT = "io.github.cdilogin.next";

    @Inject
    CurrentHttpRequest http;

    @Inject
    LoginConfiguration configuration;

    @Inject
    ApplicationBeans application;

    /** Where the sessions this one ends are recorded; never {@code null}. */
    Logouts logouts = Logouts.LOCAL;

    @Inject
    Instance<ServletContext> servletContext;

    @PostConstruct
    void chooseLogouts() {
        ServletContext context = webApplication();
        boolean distributable = Distributable.of(context);
        Duration timeout = distributable ? Duration.ofMinutes(Math.max(context.getSessionTimeout(), 0)) : Duration.ZERO;
        logouts = Logouts.choose(distributable, configuration.settings().logoutSharing(), timeout,
                configuration.settings().remember(), application.rememberTokenStore() != null, Clock.systemUTC());
    }

    private ServletContext webApplication() {
        try {
            return servletContext.isResolvable() ? servletContext.get() : null;
        } catch (RuntimeException outsideAWebApplication) {
            return null;
        }
    }

    /**
     * @return the login the session holds, or {@code null}; none when another member of a cluster logged
     *         this session out, and then the stale copy here is invalidated, and none (the session kept)
     *         while the shared logout record cannot be read
     */
    public StoredLogin read() {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            // A value of another class (an older deployment's) is no login.
            if (!(session.getAttribute(LOGIN) instanceof StoredLogin login)) {
                return null;
            }
            return switch (logouts.check(session.getId(), session.getCreationTime())) {
                case LIVE -> login;
                case ENDED -> {
                    session.invalidate(); // another member's logout: this stale copy logs nobody in
                    yield null;
                }
                case UNKNOWN -> null; // the record cannot tell: anonymous now, the session kept for later
            };
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

    /** Invalidates the whole session, here and, in a cluster, for every member: its id carries nothing any more. */
    public void end() {
        end(null);
    }

    /**
     * Ends the session as {@link #end()} does, then runs {@code afterInvalidation}: the session is gone before
     * anything else happens, so that a parallel request on it sees nobody as early as possible.
     *
     * @param afterInvalidation what ends with the session (the container's own logout), or {@code null}; it
     *        runs whether or not there was a session
     */
    public void end(Runnable afterInvalidation) {
        HttpServletRequest request = http.orNull();
        HttpSession session = request == null ? null : request.getSession(false);
        if (session != null) {
            try {
                logouts.loggedOut(session.getId(), lifetime(session));
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // already gone
            }
        }
        if (afterInvalidation != null) {
            afterInvalidation.run();
        }
    }

    /** How long a copy of the session could still be used; a day when it does not say. */
    private static Duration lifetime(HttpSession session) {
        int seconds = session.getMaxInactiveInterval();
        return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ofDays(1);
    }
}

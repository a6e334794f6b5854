package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.remember.RememberCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether a request may carry a cdi-login login at all, answered from the request alone, before anybody
 * looks the login up. A login lives in a session (asked for by the request, or made during it by a
 * {@code login}), comes back with a remember cookie, or is read from the request by the application's
 * {@code RequestLoader} (unless it says the request carries nothing it reads:
 * {@code RequestLoader.carriesCredentials}): a request with none of these is anonymous, whoever asks.
 *
 * <p>The two ways the platform is told of the user ask this first, because the platform asks them on
 * requests that never need the user: the {@code request} mode's wrapper (GlassFish and Payara ask every
 * request for its principal before each servlet) and the {@code jakarta-security} mode's module (the
 * container asks it on every request). An anonymous visitor then costs them a look at the session id and
 * the cookies: no request-scoped bean, no session, no user.
 */
final class LoginTraces {

    private static final Logger LOG = Logger.getLogger(LoginTraces.class.getName());

    private final RememberCookie rememberCookie;
    private final Predicate<HttpServletRequest> requestLoader;

    /** @param remember the remember cookie's settings, for its name */
    LoginTraces(RememberSettings remember) {
        this(remember, fromApplication());
    }

    /**
     * @param remember the remember cookie's settings
     * @param requestLoader whether the application's {@code RequestLoader} may find a user in a request
     *        ({@code false} without one)
     */
    LoginTraces(RememberSettings remember, Predicate<HttpServletRequest> requestLoader) {
        this.rememberCookie = new RememberCookie(remember);
        this.requestLoader = requestLoader;
    }

    /** The application's loader, looked up at the first request (the beans are not there at start). */
    private static Predicate<HttpServletRequest> fromApplication() {
        LazyBean<ApplicationBeans> beans = new LazyBean<>(ApplicationBeans.class);
        return request -> beans.get().mayLoadFrom(request);
    }

    /**
     * @param request the container's request
     * @return {@code false} when nothing in or about the request can hold a login: it is anonymous
     */
    boolean mayCarryLogin(HttpServletRequest request) {
        // The session made during the request after the cookies: only a request that came without one gets
        // there. The application's loader last: its code, and often nothing to read.
        return request.getRequestedSessionId() != null || rememberCookie.isPresent(request)
                || request.getSession(false) != null || loaderMayFind(request);
    }

    private boolean loaderMayFind(HttpServletRequest request) {
        try {
            return requestLoader.test(request);
        } catch (RuntimeException failed) {
            // Unsure, so the login is looked up (where ApplicationBeans answers the same failure with "ask the loader").
            LOG.log(Level.FINE, "cdi-login: RequestLoader.carriesCredentials failed; the login is looked up", failed);
            return true;
        }
    }
}

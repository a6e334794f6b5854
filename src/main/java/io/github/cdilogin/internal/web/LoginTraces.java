package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.remember.RememberCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * Whether a request may carry a cdi-login login at all, answered from the request alone, before anybody
 * looks the login up. A login lives in a session (asked for by the request, or made during it by a
 * {@code login}), comes back with a remember cookie, or is read from any request by the application's
 * {@code RequestLoader}: a request with none of these is anonymous, whoever asks.
 *
 * <p>The two ways the platform is told of the user ask this first, because the platform asks them on
 * requests that never need the user: the {@code request} mode's wrapper (GlassFish and Payara ask every
 * request for its principal before each servlet) and the {@code jakarta-security} mode's module (the
 * container asks it on every request). An anonymous visitor then costs them a look at the session id and
 * the cookies: no request-scoped bean, no session, no user.
 */
final class LoginTraces {

    private final RememberCookie rememberCookie;
    private final Supplier<Boolean> requestLoader;
    /** Whether the application has a {@code RequestLoader}, asked once (the beans are not there at start). */
    private volatile Boolean loadsFromRequests;

    /** @param remember the remember cookie's settings, for its name */
    LoginTraces(RememberSettings remember) {
        this(remember, () -> new LazyBean<>(ApplicationBeans.class).get().requestLoader() != null);
    }

    /**
     * @param remember the remember cookie's settings
     * @param requestLoader whether the application has a {@code RequestLoader}, asked at the first request
     */
    LoginTraces(RememberSettings remember, Supplier<Boolean> requestLoader) {
        this.rememberCookie = new RememberCookie(remember);
        this.requestLoader = requestLoader;
    }

    /**
     * @param request the container's request
     * @return {@code false} when nothing in or about the request can hold a login: it is anonymous
     */
    boolean mayCarryLogin(HttpServletRequest request) {
        Boolean fromRequests = loadsFromRequests;
        if (fromRequests == null) {
            fromRequests = requestLoader.get();
            loadsFromRequests = fromRequests;
        }
        // The session made during the request last: only a request that came without one gets there.
        return fromRequests || request.getRequestedSessionId() != null || rememberCookie.isPresent(request)
                || request.getSession(false) != null;
    }
}

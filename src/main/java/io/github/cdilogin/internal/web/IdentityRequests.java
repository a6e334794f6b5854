package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;

/**
 * Presents each request to the application as {@code cdi-login.container-identity} says: wrapped in an
 * {@link IdentityRequest} ({@code request}) or as it came ({@code none}, the default), and makes the
 * filter's hand-over of it to the library ({@link CurrentHttpRequest.Exchange}). In {@code request} mode
 * the wrapper is the hand-over, so a public request costs one object either way. The login's look-up is
 * made once for the application, at the first question; a request that cannot carry a login
 * ({@link LoginTraces}) is answered without it.
 */
final class IdentityRequests {

    private final boolean wrap;
    private final Supplier<LoginManager> login;
    private final LoginTraces traces;

    /** @param settings the settings: {@code container-identity}, and the remember cookie's name */
    IdentityRequests(LoginSettings settings) {
        this(settings.identity(), new LazyBean<>(LoginManager.class)::get, new LoginTraces(settings.remember()));
    }

    /**
     * @param identity the setting
     * @param login the request-scoped login's proxy
     * @param traces whether a request may carry a login
     */
    IdentityRequests(ContainerIdentity identity, Supplier<LoginManager> login, LoginTraces traces) {
        this.wrap = identity == ContainerIdentity.REQUEST;
        this.login = login;
        this.traces = traces;
    }

    /**
     * @param request the container's request
     * @param response its response
     * @return the hand-over for the thread-local, from which {@link #presented} takes the request for the chain
     */
    CurrentHttpRequest.Exchange exchange(HttpServletRequest request, HttpServletResponse response) {
        return wrap ? new IdentityRequest(request, response, this) : new CurrentHttpRequest.PlainExchange(request, response);
    }

    /** @return the request-scoped login (its proxy) */
    LoginManager login() {
        return login.get();
    }

    /**
     * @param request the container's request
     * @return whether it may carry a login; if not, nobody is logged in and the login need not be asked
     */
    boolean mayCarryLogin(HttpServletRequest request) {
        return traces.mayCarryLogin(request);
    }

    /**
     * @param exchange what {@link #exchange} made
     * @return the request to pass down the chain: the wrapper, or the request as it came
     */
    static HttpServletRequest presented(CurrentHttpRequest.Exchange exchange) {
        return exchange instanceof IdentityRequest wrapper ? wrapper : exchange.request();
    }
}

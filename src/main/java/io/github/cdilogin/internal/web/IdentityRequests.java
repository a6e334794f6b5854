package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;

/**
 * Presents each request to the application as {@code cdi-login.container-identity} says: wrapped in an
 * {@link IdentityRequest} ({@code request}, the default) or as it came ({@code none}), and makes the
 * filter's hand-over of it to the library ({@link CurrentHttpRequest.Exchange}). In {@code request} mode
 * the wrapper is the hand-over, so a public request costs one object either way. The login's look-up is
 * made once for the application, at the first question.
 */
final class IdentityRequests {

    private final boolean wrap;
    private final Supplier<LoginManager> login;

    /** @param identity the setting */
    IdentityRequests(ContainerIdentity identity) {
        this(identity, new LazyBean<>(LoginManager.class)::get);
    }

    /** @param login the request-scoped login's proxy, for tests without CDI */
    IdentityRequests(ContainerIdentity identity, Supplier<LoginManager> login) {
        this.wrap = identity == ContainerIdentity.REQUEST;
        this.login = login;
    }

    /**
     * @param request the container's request
     * @param response its response
     * @return the hand-over for the thread-local, from which {@link #presented} takes the request for the chain
     */
    CurrentHttpRequest.Exchange exchange(HttpServletRequest request, HttpServletResponse response) {
        return wrap ? new IdentityRequest(request, response, login) : new CurrentHttpRequest.PlainExchange(request, response);
    }

    /**
     * @param exchange what {@link #exchange} made
     * @return the request to pass down the chain: the wrapper, or the request as it came
     */
    static HttpServletRequest presented(CurrentHttpRequest.Exchange exchange) {
        return exchange instanceof IdentityRequest wrapper ? wrapper : exchange.request();
    }
}

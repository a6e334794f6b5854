package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.ContainerIdentity;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * Presents each request to the application as {@code cdi-login.container-identity} says: wrapped in an
 * {@link IdentityRequest} ({@code request}, the default) or as it came ({@code none}). The login's
 * look-up is made once for the application, at the first question, so a wrapped request costs one
 * object and nothing else.
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
     * @return the request to pass down the chain
     */
    HttpServletRequest presented(HttpServletRequest request) {
        return wrap ? new IdentityRequest(request, login) : request;
    }
}

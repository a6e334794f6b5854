package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.Refusal;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;

/**
 * {@code @RolesAllowed} (and {@code @DenyAll}) on a JAX-RS resource method or its class, enforced in the
 * {@code request} and {@code jakarta-security} modes of {@code cdi-login.container-identity}, where the platform would otherwise
 * refuse with its own HTML pages or not at all: a request nobody is logged in to gets the guards'
 * {@code 401} JSON (and an {@code UnauthorizedEvent}), a user without any of the roles {@code 403}
 * {@code {"error":"forbidden"}}. The roles are asked of the request's {@code SecurityContext}, which
 * the runtime builds from the servlet request (the library's wrapper, or the container's own identity
 * that the library's module set), so the container's own principal,
 * where it has one, answers as it would. It runs after the login guard and before the platform's own
 * authorisation filters, so an allowed request passes those too.
 *
 * <p>Like Jersey's {@code RolesAllowedDynamicFeature}, it reads the resource method and its class, not
 * the locators that led to a sub-resource. In the {@code none} mode it does nothing.
 */
final class JaxRsRolesFilter implements ContainerRequestFilter {

    private final Set<String> roles;
    private final LazyBean<Guard> guard;
    private final LazyBean<LoginConfiguration> configuration;

    JaxRsRolesFilter(Set<String> roles, LazyBean<Guard> guard, LazyBean<LoginConfiguration> configuration) {
        this.roles = roles;
        this.guard = guard;
        this.configuration = configuration;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        admits(request);
    }

    /** @return whether the request may go on; when not, it has been aborted with the refusal */
    boolean admits(ContainerRequestContext request) {
        if (configuration.get().settings().identity() == ContainerIdentity.NONE) {
            return true;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            guard.get().check(Requirement.LOGIN, () -> request.getUriInfo().getRequestUri().getRawPath());
            request.abortWith(JsonRefusals.of(Verdict.UNAUTHORIZED, configuration.get().settings()));
            return false;
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return true;
            }
        }
        request.abortWith(JsonRefusals.of(Refusal.FORBIDDEN, configuration.get().settings()));
        return false;
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.Guard;
import io.github.cdilogin.internal.LazyBean;
import io.github.cdilogin.internal.Requirement;
import io.github.cdilogin.internal.Verdict;
import io.github.cdilogin.internal.config.LoginConfiguration;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.URI;

/** Refuses a guarded resource method with {@code 401} JSON; APIs are never redirected. */
final class JaxRsGuardFilter implements ContainerRequestFilter {

    private final Requirement requirement;
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);

    JaxRsGuardFilter(Requirement requirement) {
        this.requirement = requirement;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (configuration.get().settings().isExempt(request.getMethod())) {
            return;
        }
        Verdict verdict = guard.get().check(requirement, () -> target(request));
        if (verdict != Verdict.ALLOWED) {
            request.abortWith(JsonRefusals.of(verdict, configuration.get().settings()));
        }
    }

    private static String target(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.GuardAnnotations;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;

/**
 * The JAX-RS door of one resource method: refuses with {@code 401} JSON (APIs are never redirected)
 * when the method, its class, or the resources and locators that led to it require a login the request
 * does not have. A post-matching filter: it runs only when an application resource method is about to
 * be invoked, so a request the runtime answers itself (an automatic {@code OPTIONS}) never reaches it,
 * and an exempt method gets no exemption here: an explicit {@code @OPTIONS} method is guarded code.
 *
 * <p>Reached directly (one matched resource), a request costs one size check and the requirement read
 * at start; a public one nothing more. Reached through locators, the chain's decision is found in
 * {@link SubResourceChains}.
 */
final class JaxRsGuardFilter implements ContainerRequestFilter {

    private final Class<?> resourceClass;
    private final Requirement requirement;
    private final SubResourceChains chains;
    private final LazyBean<Guard> guard;
    private final LazyBean<LoginConfiguration> configuration;

    JaxRsGuardFilter(Class<?> resourceClass, Method method, LazyBean<Guard> guard,
                     LazyBean<LoginConfiguration> configuration) {
        this.resourceClass = resourceClass;
        this.requirement = GuardAnnotations.onMethod(resourceClass, method);
        this.chains = new SubResourceChains(resourceClass, method);
        this.guard = guard;
        this.configuration = configuration;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        admits(request);
    }

    /** @return whether the request may go on; when not, it has been aborted with the refusal */
    boolean admits(ContainerRequestContext request) {
        List<Object> matched = request.getUriInfo().getMatchedResources();
        Requirement required = isRoot(matched) ? requirement : chains.requirement(matched);
        if (required == null) {
            return true;
        }
        Verdict verdict = guard.get().check(required, () -> target(request));
        if (verdict != Verdict.ALLOWED) {
            request.abortWith(JsonRefusals.of(verdict, configuration.get().settings()));
            return false;
        }
        return true;
    }

    /** Matched directly, not through a locator: the only matched resource is this method's own. */
    private boolean isRoot(List<Object> matched) {
        int size = matched.size();
        return size == 0 || size == 1 && resourceClass.isAssignableFrom(SubResourceChains.classOf(matched.get(0)));
    }

    private static String target(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

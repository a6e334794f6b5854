package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The doors of the sub-resource methods that Apache CXF (TomEE) models after it ran the dynamic features.
 * CXF builds the model of a locator's sub-resource at its first request when the locator's resource does
 * not resolve its sub-resources statically (a root resource listed in {@code Application.getSingletons()},
 * for one), and it applies {@link JaxRsGuardFeature} only to the models it built at start: such a
 * sub-resource method has no {@link JaxRsGuardFilter} of its own, and an anonymous request reached a
 * guarded singleton's sub-resource. This global post-match filter stands in for them: on a request reached
 * through a locator, it passes the request through the doors of the method the runtime is about to call,
 * made once per method. Where CXF did put the method's own doors, the request passes both; the second
 * finds the login already resolved.
 *
 * <p>{@link JaxRsGuards} registers it on CXF only: Jersey and RESTEasy apply dynamic features to every model
 * they build, so there it would be a filter on every request for nothing.
 */
final class CxfSubResourceGuard implements ContainerRequestFilter {

    /** CXF injects a proxy that answers for the current request's matched method. */
    @Context
    private ResourceInfo resource;

    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);
    private final ClassValue<ConcurrentMap<Method, MethodDoors>> doors = new ClassValue<>() {
        @Override
        protected ConcurrentMap<Method, MethodDoors> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getMatchedResources().size() < 2) {
            return; // a root resource's method: CXF modelled it at start, with its doors
        }
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type == null || method == null) {
            return;
        }
        doors.get(type).computeIfAbsent(method, m -> MethodDoors.of(type, m, guard, configuration)).pass(request);
    }
}

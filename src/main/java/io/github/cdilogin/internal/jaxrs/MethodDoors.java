package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The library's doors of one JAX-RS resource method: the login guard ({@link JaxRsGuardFilter}), and the
 * roles filter ({@link JaxRsRolesFilter}) where {@code @RolesAllowed} or {@code @DenyAll} restrict the
 * method. Made once per method: by {@link JaxRsGuardFeature} when the runtime builds the method's model,
 * or by {@link CxfSubResourceGuard} at the first request of a model Apache CXF built too late for that.
 *
 * @param login the login guard, {@code null} for a method that is not application code (see {@link #NONE})
 * @param roles the roles filter, {@code null} when nothing restricts the method's roles
 */
record MethodDoors(JaxRsGuardFilter login, JaxRsRolesFilter roles) {

    /** The doors of a method the runtime answers itself (an automatic {@code OPTIONS}): none. */
    static final MethodDoors NONE = new MethodDoors(null, null);

    /**
     * @param type the resource class, as the runtime reports it
     * @param method the resource method, as the runtime reports it
     * @return the method's doors, or {@link #NONE} when it is not application code
     */
    static MethodDoors of(Class<?> type, Method method, LazyBean<Guard> guard, LazyBean<LoginConfiguration> configuration) {
        if (type == null || method == null || !SubResourceLocators.isResourceMethod(type, method)) {
            return NONE;
        }
        Set<String> roles = AllowedRoles.of(type, method);
        return new MethodDoors(new JaxRsGuardFilter(type, method, guard, configuration),
                roles == null ? null : new JaxRsRolesFilter(roles, guard, configuration));
    }

    /** Passes the request through the doors in their order; a refused request is aborted with its answer. */
    void pass(ContainerRequestContext request) {
        if (login != null && login.admits(request) && roles != null) {
            roles.admits(request);
        }
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Puts the {@link MethodDoors} of every application resource method on it, root and sub-resource alike,
 * when the runtime builds the method's model (at start for root resources; at the first match for a
 * locator's sub-resource on Jersey). Every method gets a {@link JaxRsGuardFilter}, public ones included,
 * because a public class may also be reached through a guarded locator, and only the matched chain, known
 * per request, says so. The runtime's own methods (automatic {@code OPTIONS}, WADL) get none. A method
 * that {@code @RolesAllowed} or {@code @DenyAll} restricts also gets a {@link JaxRsRolesFilter}.
 *
 * <p>Apache CXF builds some sub-resource models after it ran the dynamic features: those are guarded by
 * {@link CxfSubResourceGuard}.
 */
public class JaxRsGuardFeature implements DynamicFeature {

    /** Shared by every filter: the beans are looked up once for the application, not once per method. */
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        MethodDoors doors = MethodDoors.of(resource.getResourceClass(), resource.getResourceMethod(), guard, configuration);
        if (doors.login() != null) {
            context.register(doors.login(), Priorities.AUTHENTICATION);
        }
        if (doors.roles() != null) {
            // After the login guard, before the platform's own authorisation (Payara's @RolesAllowed feature).
            context.register(doors.roles(), Priorities.AUTHENTICATION + 1);
        }
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Puts a {@link JaxRsGuardFilter} on every application resource method, root and sub-resource alike,
 * when the runtime builds it (at start for root resources, at the first match for a locator's
 * sub-resource). Every method gets one, public ones included, because a public class may also be reached
 * through a guarded locator, and only the matched chain, known per request, says so. The runtime's own
 * methods (automatic {@code OPTIONS}, WADL) get none. A method that {@code @RolesAllowed} or
 * {@code @DenyAll} restricts also gets a {@link JaxRsRolesFilter}.
 */
public class JaxRsGuardFeature implements DynamicFeature {

    /** Shared by every filter: the beans are looked up once for the application, not once per method. */
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type != null && method != null && SubResourceLocators.isResourceMethod(type, method)) {
            context.register(new JaxRsGuardFilter(type, method, guard, configuration), Priorities.AUTHENTICATION);
            Set<String> roles = AllowedRoles.of(type, method);
            if (roles != null) {
                // After the login guard, before the platform's own authorisation (Payara's @RolesAllowed feature).
                context.register(new JaxRsRolesFilter(roles, guard, configuration), Priorities.AUTHENTICATION + 1);
            }
        }
    }
}

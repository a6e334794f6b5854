package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.Requirement;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts a guard filter on exactly the resource methods that carry {@code @LoginRequired} or
 * {@code @FreshLoginRequired} (on the method or its class), once, when the application starts:
 * public resources get no filter at all.
 */
@Provider
public class JaxRsGuardFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Requirement requirement = Requirement.stricter(
                resource.getResourceClass() == null ? null : Requirement.of(resource.getResourceClass()),
                resource.getResourceMethod() == null ? null : Requirement.of(resource.getResourceMethod()));
        if (requirement != null) {
            context.register(new JaxRsGuardFilter(requirement), Priorities.AUTHENTICATION);
        }
    }
}

package io.github.cdilogin.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The benchmark's JAX-RS application under {@code /api}, the same in the three WARs. Jersey's
 * {@code RolesAllowedDynamicFeature} makes {@code @RolesAllowed} work in the Jakarta Security WAR;
 * the other WARs have no {@code @RolesAllowed}, so it adds nothing to them.
 */
@ApplicationPath("api")
public class Api extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

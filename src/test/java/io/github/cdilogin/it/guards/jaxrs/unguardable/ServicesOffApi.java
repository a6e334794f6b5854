package io.github.cdilogin.it.guards.jaxrs.unguardable;

import io.github.cdilogin.LoginRequired;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * Lists its classes and turns off the loading of {@code META-INF/services}: neither way brings the
 * library's guard in, so the deployment must fail.
 */
@ApplicationPath("api")
public class ServicesOffApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Secret.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jakarta.ws.rs.loadServices", false);
    }

    @Path("secret")
    @LoginRequired
    public static class Secret {
        @GET
        public String read() {
            return "secret";
        }
    }
}

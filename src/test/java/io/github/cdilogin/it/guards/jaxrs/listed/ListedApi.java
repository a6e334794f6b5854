package io.github.cdilogin.it.guards.jaxrs.listed;

import io.github.cdilogin.it.guards.jaxrs.app.Probe;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * A JAX-RS application that lists its classes and singletons, which turns the server's scanning off:
 * the library's guard must be installed all the same.
 */
@ApplicationPath("listed")
public class ListedApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ListedResources.Guarded.class, ListedResources.Declared.class, Probe.class);
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new ListedResources.GuardedSingleton(), new ListedResources.OpenSingleton());
    }
}

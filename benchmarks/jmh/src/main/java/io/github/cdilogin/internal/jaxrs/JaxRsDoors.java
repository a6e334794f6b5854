package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.reflect.Method;

/**
 * The library's real JAX-RS door ({@link JaxRsGuardFilter}) of one resource method, as
 * {@code JaxRsGuardFeature} registers it for the method at start, and a request matched to that method
 * directly, whose matched resources are handed over as Jersey does (a new unmodifiable view per call).
 * A refusal needs the JAX-RS runtime to build its {@code Response}, which is not here: a request that
 * reaches {@code abortWith} throws.
 */
public final class JaxRsDoors {

    private JaxRsDoors() {
    }

    /**
     * @param resourceClass the resource class
     * @param method its resource method
     * @return the door the runtime runs before the method; its beans are looked up through {@code CDI.current()}
     */
    public static ContainerRequestFilter of(Class<?> resourceClass, Method method) {
        return new JaxRsGuardFilter(resourceClass, method, new LazyBean<>(Guard.class), new LazyBean<>(LoginConfiguration.class));
    }

    /**
     * @param resource the resource instance the runtime matched
     * @return the request context the door reads
     */
    public static ContainerRequestContext matchedTo(Object resource) {
        return new JaxRsDoorBenchmark.FakeRequest(resource);
    }
}

package io.github.cdilogin.internal.cdi;

import jakarta.enterprise.inject.spi.CDI;

/**
 * A bean reference for the servlet and JAX-RS objects the container creates outside CDI: looked up
 * at first use, then kept, so no request after the first pays for a look-up.
 *
 * @param <T> the bean type
 */
public final class LazyBean<T> {

    private final Class<T> type;
    private volatile T instance;

    /** @param type an application-scoped bean type of the library */
    public LazyBean(Class<T> type) {
        this.type = type;
    }

    /** @return the bean */
    public T get() {
        T resolved = instance;
        if (resolved == null) {
            resolved = CDI.current().select(type).get();
            instance = resolved;
        }
        return resolved;
    }
}

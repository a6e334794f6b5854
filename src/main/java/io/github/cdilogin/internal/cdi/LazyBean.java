package io.github.cdilogin.internal.cdi;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;

/**
 * A bean reference for the objects the container creates outside CDI (servlet filters, JAX-RS providers,
 * the interceptors an EJB container makes): looked up at first use, then kept, so no request after the
 * first pays for a look-up. Serializable, for a holder that passivates with a session: the reference is
 * looked up again after deserialization, not carried along.
 *
 * @param <T> the bean type
 */
public final class LazyBean<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient volatile T instance;

    /** @param type an application-scoped bean type of the library */
    public LazyBean(Class<T> type) {
        this.type = type;
    }

    /**
     * A reference resolved already, for the library's classes run without a container (the benchmarks).
     *
     * @param type the bean type
     * @param instance the bean
     */
    public LazyBean(Class<T> type, T instance) {
        this.type = type;
        this.instance = instance;
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

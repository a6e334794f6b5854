package io.github.cdilogin.internal;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code CDI.current()} outside a container: answers {@code select(type).get()} with the beans wired by
 * hand ({@link Wiring}), which is all the library's servlet and JAX-RS objects ask of it (their
 * {@code LazyBean}s look a bean up once, then keep it). Anything else throws, naming itself, so that a
 * benchmark never measures a look-up that silently did nothing.
 *
 * <pre>{@code
 * BenchCdi.serve(Map.of(Guard.class, guard, ApplicationBeans.class, wiring.application));
 * }</pre>
 */
public final class BenchCdi extends CDI<Object> {

    private final Map<Class<?>, Object> beans;

    private BenchCdi(Map<Class<?>, Object> beans) {
        this.beans = Map.copyOf(beans);
    }

    /**
     * Makes {@code CDI.current()} answer with these beans, for the rest of this JVM (a JMH fork).
     *
     * @param beans each bean by the type it is looked up by
     */
    public static void serve(Map<Class<?>, Object> beans) {
        BenchCdi cdi = new BenchCdi(beans);
        CDI.setCDIProvider(() -> cdi);
    }

    @Override
    public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
        Object bean = beans.get(type);
        if (bean == null || qualifiers.length > 0) {
            throw new UnsupportedOperationException("no hand-wired bean " + type.getName());
        }
        return new One<>(type.cast(bean));
    }

    @Override public BeanManager getBeanManager() { throw new UnsupportedOperationException("getBeanManager"); }
    @Override public Instance<Object> select(Annotation... qualifiers) { throw new UnsupportedOperationException("select"); }
    @Override public <U> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
        throw new UnsupportedOperationException("select(TypeLiteral)");
    }
    @Override public boolean isUnsatisfied() { throw new UnsupportedOperationException("isUnsatisfied"); }
    @Override public boolean isAmbiguous() { throw new UnsupportedOperationException("isAmbiguous"); }
    @Override public void destroy(Object instance) { throw new UnsupportedOperationException("destroy"); }
    @Override public Handle<Object> getHandle() { throw new UnsupportedOperationException("getHandle"); }
    @Override public Iterable<? extends Handle<Object>> handles() { throw new UnsupportedOperationException("handles"); }
    @Override public Iterator<Object> iterator() { throw new UnsupportedOperationException("iterator"); }
    @Override public Object get() { throw new UnsupportedOperationException("get"); }

    /** One resolved bean. */
    private record One<T>(T bean) implements Instance<T> {
        @Override public T get() { return bean; }
        @Override public boolean isUnsatisfied() { return false; }
        @Override public boolean isAmbiguous() { return false; }
        @Override public Instance<T> select(Annotation... qualifiers) { throw new UnsupportedOperationException("select"); }
        @Override public <U extends T> Instance<U> select(Class<U> type, Annotation... qualifiers) {
            throw new UnsupportedOperationException("select");
        }
        @Override public <U extends T> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
            throw new UnsupportedOperationException("select");
        }
        @Override public void destroy(T instance) { throw new UnsupportedOperationException("destroy"); }
        @Override public Handle<T> getHandle() { throw new UnsupportedOperationException("getHandle"); }
        @Override public Iterable<? extends Handle<T>> handles() { throw new UnsupportedOperationException("handles"); }
        @Override public Iterator<T> iterator() { throw new UnsupportedOperationException("iterator"); }
    }
}

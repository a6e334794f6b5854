package io.github.cdilogin.internal.cdi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which event types the deployment observes, collected from the observer methods the container
 * reported. An observer of a supertype ({@code Object}, {@code Record}) observes every event.
 */
final class ObservedEvents {

    private final List<Class<?>> syncTypes = new ArrayList<>();
    private final List<Class<?>> asyncTypes = new ArrayList<>();
    private final Map<Class<?>, Boolean> sync = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> async = new ConcurrentHashMap<>();

    void add(Type observedType, boolean isAsync) {
        Class<?> raw = rawType(observedType);
        if (raw != null) {
            (isAsync ? asyncTypes : syncTypes).add(raw);
        }
    }

    boolean hasSyncObserver(Class<?> eventType) {
        // Read before computing: the computing lambda captures this object, an allocation per event fired.
        Boolean known = sync.get(eventType);
        return known != null ? known : sync.computeIfAbsent(eventType, t -> anyAssignable(syncTypes, t));
    }

    boolean hasAsyncObserver(Class<?> eventType) {
        Boolean known = async.get(eventType);
        return known != null ? known : async.computeIfAbsent(eventType, t -> anyAssignable(asyncTypes, t));
    }

    private static boolean anyAssignable(List<Class<?>> observed, Class<?> eventType) {
        return observed.stream().anyMatch(o -> o.isAssignableFrom(eventType));
    }

    static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawType(p.getRawType());
        }
        // A type variable or wildcard: it may stand for anything.
        return Object.class;
    }
}

package io.github.cdilogin.internal.guard;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code @LoginRequired} and {@code @FreshLoginRequired} wherever they sit above a method: on
 * the method, on every method it overrides or implements (superclasses, interfaces, generic
 * interfaces), on its class, on the class's superclasses and on every interface the class implements.
 *
 * <p>Java and CDI read less than this: an interceptor binding on an interface, or on a method that a
 * subclass overrides, is not inherited. A guard that a reader of the code sees must still hold, so
 * every guard of the library (the interceptors, the JAX-RS filter, the servlet filter) asks here.
 * When two places disagree, the stricter one wins. The rule is deliberately wide: a type-level
 * annotation on an interface guards every method of every class that implements it.
 */
public final class GuardAnnotations {

    private GuardAnnotations() {
    }

    /**
     * @param type a class
     * @return what its type-level annotations require, its superclasses' and its interfaces' included,
     *         or {@code null}
     */
    public static Requirement onType(Class<?> type) {
        Requirement requirement = null;
        for (Class<?> supertype : supertypes(type)) {
            requirement = Requirement.stricter(requirement, Requirement.of(supertype));
        }
        return requirement;
    }

    /**
     * @param type the class of the instance the method is called on
     * @param method a method of {@code type} (declared by it or inherited)
     * @return what calling it requires, or {@code null} when it is public
     */
    public static Requirement onMethod(Class<?> type, Method method) {
        Requirement requirement = onType(type);
        for (Method declaration : declarations(type, method)) {
            requirement = Requirement.stricter(requirement, Requirement.of(declaration));
        }
        return requirement;
    }

    /**
     * Where the annotations of a method may sit: the method as given, the declaration a call on a
     * {@code type} really runs, and every method that one overrides or implements (superclasses,
     * interfaces, generic interfaces once their type variables are bound as {@code type} binds them).
     * JAX-RS reads its own annotations (a locator's {@code @Path}) from the same places.
     *
     * @param type the class of the instance the method is called on
     * @param method a method of {@code type} (declared by it or inherited)
     * @return {@code method} first, then the others, each once
     */
    public static List<Method> declarations(Class<?> type, Method method) {
        List<Method> found = new ArrayList<>(4);
        found.add(method);
        if (Modifier.isStatic(method.getModifiers()) || Modifier.isPrivate(method.getModifiers())) {
            return found;
        }
        // What a call on a 'type' really runs: the lowest declaration of that signature.
        Method lowest = declaredBelow(type, method.getName(), method.getParameterTypes());
        if (lowest != null && !lowest.isBridge() && !lowest.equals(method)) {
            method = lowest;
            found.add(method);
        }
        Map<TypeVariable<?>, Type> bindings = null;
        for (Class<?> supertype : supertypes(type)) {
            for (Method candidate : supertype.getDeclaredMethods()) {
                if (!couldOverride(method, candidate) || found.contains(candidate)) {
                    continue;
                }
                if (!Arrays.equals(candidate.getParameterTypes(), method.getParameterTypes())) {
                    bindings = bindings != null ? bindings : bindings(type);
                    if (!implementsGeneric(method, candidate, bindings)) {
                        continue;
                    }
                }
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * @param type a class
     * @return whether a guard annotation sits anywhere on it or above it: on a type or on any method
     */
    public static boolean isGuardedAnywhere(Class<?> type) {
        for (Class<?> supertype : supertypes(type)) {
            if (declaresGuard(supertype)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type a class or interface
     * @return whether a guard annotation sits on it or on a method it declares
     */
    static boolean declaresGuard(Class<?> type) {
        if (Requirement.of(type) != null) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Requirement.of(method) != null) {
                return true;
            }
        }
        return false;
    }

    /** The class itself, its superclasses and every interface any of them implements, Object excluded. */
    static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (next == Object.class || !all.add(next)) {
                continue;
            }
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
            pending.addAll(Arrays.asList(next.getInterfaces()));
        }
        return all;
    }

    private static boolean couldOverride(Method method, Method candidate) {
        int modifiers = candidate.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers) && !candidate.isBridge()
                && candidate.getName().equals(method.getName())
                && candidate.getParameterCount() == method.getParameterCount();
    }

    /**
     * Whether {@code method} has {@code candidate}'s parameter types once the supertype's type
     * variables are resolved as the called class binds them: {@code Repository<T>.save(T)} is
     * implemented by {@code save(Order)} in a {@code Repository<Order>}, not by {@code save(Integer)}.
     */
    private static boolean implementsGeneric(Method method, Method candidate, Map<TypeVariable<?>, Type> bindings) {
        Type[] generic = candidate.getGenericParameterTypes();
        Class<?>[] actual = method.getParameterTypes();
        for (int i = 0; i < generic.length; i++) {
            if (erasure(generic[i], bindings) != actual[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every type variable of {@code type}'s supertypes, bound to what {@code type} makes of it. */
    private static Map<TypeVariable<?>, Type> bindings(Class<?> type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        Deque<Type> pending = new ArrayDeque<>();
        pending.add(type);
        Set<Type> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Type next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            Class<?> raw;
            if (next instanceof ParameterizedType parameterized) {
                raw = (Class<?>) parameterized.getRawType();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] arguments = parameterized.getActualTypeArguments();
                for (int i = 0; i < variables.length && i < arguments.length; i++) {
                    bindings.putIfAbsent(variables[i], arguments[i]);
                }
            } else if (next instanceof Class<?> c) {
                raw = c;
            } else {
                continue;
            }
            if (raw.getGenericSuperclass() != null) {
                pending.add(raw.getGenericSuperclass());
            }
            pending.addAll(Arrays.asList(raw.getGenericInterfaces()));
        }
        return bindings;
    }

    private static Class<?> erasure(Type type, Map<TypeVariable<?>, Type> bindings) {
        for (int depth = 0; depth < 32; depth++) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType parameterized) {
                return (Class<?>) parameterized.getRawType();
            }
            if (type instanceof GenericArrayType array) {
                return erasure(array.getGenericComponentType(), bindings).arrayType();
            }
            if (type instanceof TypeVariable<?> variable) {
                Type bound = bindings.get(variable);
                type = bound != null ? bound : variable.getBounds()[0];
            } else if (type instanceof WildcardType wildcard) {
                type = wildcard.getUpperBounds()[0];
            } else {
                return Object.class;
            }
        }
        return Object.class;
    }

    /** The method of that signature that {@code type} or its nearest superclass declares, or {@code null}. */
    static Method declaredBelow(Class<?> type, String name, Class<?>[] parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                // look in the superclass
            }
        }
        return null;
    }
}

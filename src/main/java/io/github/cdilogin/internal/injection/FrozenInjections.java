package io.github.cdilogin.internal.injection;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule: {@code @CurrentUser} of any type but {@code LoginUser}, {@code Instance<...>} and
 * {@code Provider<...>} is a value taken once, when its holder is created (the application's user type
 * is often a record, so it cannot be a proxy). {@code LoginUser} is a proxy that answers for each
 * request; an {@code Instance} or {@code Provider} looks the user up at each {@code get()}.
 */
public final class FrozenInjections {

    /**
     * A frozen injection: where it is and the type it takes.
     *
     * @param where "field 'user'", "parameter 2 of the constructor" or "parameter 1 of method init"
     * @param type the injected type as the message shows it, such as {@code AppUser}
     */
    public record Frozen(String where, String type) {

        /** @return the injection as a message shows it: "@CurrentUser AppUser at field 'user'" */
        public String injection() {
            return "@CurrentUser " + type + " at " + where;
        }
    }

    private FrozenInjections() {
    }

    /** @return whether the injection point takes a value of the current user that never changes */
    public static boolean isFrozen(InjectionPoint injection) {
        return injection.getQualifiers().stream().anyMatch(q -> q.annotationType() == CurrentUser.class)
                && isFrozenType(injection.getType());
    }

    /** @return the injection point as a message shows it */
    public static Frozen describe(InjectionPoint injection) {
        Member member = injection.getMember();
        String where = injection.getAnnotated() instanceof AnnotatedParameter<?> parameter
                ? "parameter " + (parameter.getPosition() + 1) + " of " + executable(member)
                : "field '" + member.getName() + "'";
        return new Frozen(where, typeName(injection.getType()));
    }

    /**
     * Finds, by reflection, what CDI would find: the frozen {@code @CurrentUser} injections a class
     * declares or inherits (fields, and parameters of {@code @Inject} constructors and methods).
     *
     * @param type a class the container creates and injects
     * @return its frozen injections; empty for most classes
     */
    public static List<Frozen> declaredBy(Class<?> type) {
        List<Frozen> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && isCurrentUser(field.getAnnotations())
                        && isFrozenType(field.getGenericType())) {
                    found.add(new Frozen("field '" + field.getName() + "'", typeName(field.getGenericType())));
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                addParameters(method, found);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            addParameters(constructor, found);
        }
        return found;
    }

    private static void addParameters(Executable executable, List<Frozen> found) {
        if (!executable.isAnnotationPresent(Inject.class) || Modifier.isStatic(executable.getModifiers())) {
            return;
        }
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Type parameterType = parameters[i].getParameterizedType();
            if (isCurrentUser(parameters[i].getAnnotations()) && isFrozenType(parameterType)) {
                found.add(new Frozen("parameter " + (i + 1) + " of " + executable(executable), typeName(parameterType)));
            }
        }
    }

    // By name: where a server's own class path holds the library too (GlassFish embedded), the application's
    // classes may see another copy of it than the one this class was loaded from.
    private static boolean isCurrentUser(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(CurrentUser.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrozenType(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return !raw.getTypeName().equals(LoginUser.class.getName())
                && !(raw instanceof Class<?> c && Provider.class.isAssignableFrom(c));
    }

    private static String executable(Member member) {
        return member instanceof Constructor<?> ? "the constructor" : "method " + member.getName();
    }

    private static String typeName(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }
}

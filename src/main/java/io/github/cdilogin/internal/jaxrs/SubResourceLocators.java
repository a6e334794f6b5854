package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.guard.GuardAnnotations;
import io.github.cdilogin.internal.guard.Requirement;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request reached through sub-resource locators requires: the guards of the resource method
 * and its class, the type-level guards of every resource matched on the way, and the guards of the
 * locators that lead from each of them to the next.
 *
 * <p>JAX-RS does not say which locator method produced a sub-resource ({@code UriInfo} gives the
 * matched resource objects only). So every locator of a parent whose declared return type could be the
 * child's class counts: {@code Object}, {@code Class}, an interface or superclass of the child, the
 * child's own class. That over-approximates: a parent with a public and a guarded locator that both
 * return {@code Object} guards the children of both. It never under-approximates.
 *
 * <p>Reflection runs here, once per chain of matched classes (see {@link SubResourceChains}), never
 * per request.
 */
final class SubResourceLocators {

    private SubResourceLocators() {
    }

    /**
     * @param resourceClass the class of the resource method's resource
     * @param method the resource method
     * @param matched the classes of {@code UriInfo.getMatchedResources()}: the current resource first (when
     *        the runtime put it there), then its parent, up to the root resource
     * @return what the request requires, or {@code null} when it is public
     */
    static Requirement requirement(Class<?> resourceClass, Method method, Class<?>[] matched) {
        Requirement requirement = GuardAnnotations.onMethod(resourceClass, method);
        int first = matched.length > 0 && resourceClass.isAssignableFrom(matched[0]) ? 1 : 0;
        Class<?> child = resourceClass;
        for (int i = first; i < matched.length; i++) {
            Class<?> parent = matched[i];
            requirement = Requirement.stricter(requirement, GuardAnnotations.onType(parent));
            for (Method locator : locators(parent)) {
                if (couldReturn(locator, child)) {
                    requirement = Requirement.stricter(requirement, GuardAnnotations.onMethod(parent, locator));
                }
            }
            child = parent;
        }
        return requirement;
    }

    /**
     * @param type a resource class
     * @param method its resource method, as the runtime reports it
     * @return whether it is application code: a method with an HTTP method designator ({@code @GET},
     *         {@code @OPTIONS}, ...), on it or where JAX-RS inherits it from. The runtime's own answers (an
     *         automatic {@code OPTIONS}, Jersey's WADL inflectors) have none.
     */
    static boolean isResourceMethod(Class<?> type, Method method) {
        for (Method declaration : GuardAnnotations.declarations(type, method)) {
            if (hasDesignator(declaration)) {
                return true;
            }
        }
        return false;
    }

    /** The public methods of {@code type} that JAX-RS treats as sub-resource locators. */
    static List<Method> locators(Class<?> type) {
        List<Method> locators = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isBridge() || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            boolean path = false;
            boolean designator = false;
            for (Method declaration : GuardAnnotations.declarations(type, method)) {
                path |= declaration.isAnnotationPresent(Path.class);
                designator |= hasDesignator(declaration);
            }
            if (path && !designator) {
                locators.add(method);
            }
        }
        return locators;
    }

    private static boolean couldReturn(Method locator, Class<?> child) {
        Class<?> returned = locator.getReturnType();
        return returned == Class.class || returned.isAssignableFrom(child);
    }

    private static boolean hasDesignator(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}

package io.github.cdilogin.internal.jaxrs;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The roles a resource method allows, as the Common Annotations say: the method's own
 * {@code @DenyAll}, {@code @RolesAllowed} or {@code @PermitAll}, else its class's. Read once, when the
 * runtime builds the method. {@code null}: no role is asked; an empty set: {@code @DenyAll}.
 */
final class AllowedRoles {

    private AllowedRoles() {
    }

    /**
     * @param type the resource class
     * @param method the resource method
     * @return the allowed roles, empty for {@code @DenyAll}, or {@code null} when nothing restricts the method
     */
    static Set<String> of(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        Set<String> own = declaredOn(method);
        return own != null ? own : type.isAnnotationPresent(PermitAll.class) ? null : declaredOn(type);
    }

    private static Set<String> declaredOn(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? null : Set.of(roles.value());
    }
}

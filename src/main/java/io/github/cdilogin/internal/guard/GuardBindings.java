package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.internal.Messages;
import jakarta.decorator.Decorator;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import jakarta.interceptor.Interceptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the extension does, at deployment, with the guards of each type CDI discovers: it checks that
 * they can be enforced, and gives the interceptors every method a reader sees guarded.
 *
 * <p>CDI inherits an interceptor binding from a superclass's type and from a method that is not
 * overridden, and nowhere else. A guard on an interface, on an interface method, or on a superclass
 * method that the bean overrides would be read by {@link GuardAnnotations} (so by the web guards) and
 * skipped by the interceptors. So each method whose effective requirement is stricter than the one CDI
 * sees gets the binding added. Servlets are the exception: the servlet filter guards them per request
 * (some containers would otherwise intercept their lifecycle methods). JAX-RS resources keep their
 * bindings: the JAX-RS filter refuses at the door, and the interceptor stands behind it, and refuses a
 * guarded sub-resource locator before its body runs.
 */
public final class GuardBindings {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String SERVLET = "jakarta.servlet.GenericServlet";
    private static final String SERVLET_FILTER = "jakarta.servlet.Filter";
    private static final String PROVIDER = "jakarta.ws.rs.ext.Provider";
    private static final String EJB_ASYNCHRONOUS = "jakarta.ejb.Asynchronous";
    private static final Set<String> ASYNCHRONOUS = Set.of(EJB_ASYNCHRONOUS, "jakarta.enterprise.concurrent.Asynchronous");
    private static final Set<String> PROVIDER_TYPES = Set.of("jakarta.ws.rs.container.ContainerRequestFilter",
            "jakarta.ws.rs.container.ContainerResponseFilter", "jakarta.ws.rs.ext.ReaderInterceptor",
            "jakarta.ws.rs.ext.WriterInterceptor", "jakarta.ws.rs.ext.MessageBodyReader",
            "jakarta.ws.rs.ext.MessageBodyWriter", "jakarta.ws.rs.ext.ExceptionMapper", "jakarta.ws.rs.ext.ContextResolver",
            "jakarta.ws.rs.ext.ParamConverterProvider", "jakarta.ws.rs.core.Feature", "jakarta.ws.rs.container.DynamicFeature");

    /** Per class, whether it declares a guard itself: each supertype is read once per deployment. */
    private final Map<Class<?>, Boolean> declaresGuard = new ConcurrentHashMap<>();
    private final AtomicInteger guardedTypes = new AtomicInteger();

    /** @return how many guarded classes CDI processed so far */
    public int guardedTypes() {
        return guardedTypes.get();
    }

    /**
     * @param event a type CDI discovered; its guards may sit on it or anywhere above it
     * @param <T> the type
     * @return the deployment problems it has, empty when none
     */
    public <T> List<String> process(ProcessAnnotatedType<T> event) {
        AnnotatedType<T> type = event.getAnnotatedType();
        Class<T> javaClass = type.getJavaClass();
        if (javaClass.isInterface() || javaClass.isEnum() || type.isAnnotationPresent(Interceptor.class)
                || type.isAnnotationPresent(Decorator.class) || !isGuardedAnywhere(javaClass)) {
            return List.of();
        }
        guardedTypes.incrementAndGet();
        Set<Class<?>> supertypes = GuardAnnotations.supertypes(javaClass);
        String place = unenforceablePlace(javaClass, supertypes);
        if (place != null) {
            return List.of(Messages.unenforceablePlace(javaClass, place));
        }
        boolean servlet = supertypes.stream().anyMatch(c -> c.getName().equals(SERVLET));
        boolean resource = hasAnnotation(javaClass, PATH);
        boolean finalClass = Modifier.isFinal(javaClass.getModifiers());
        Requirement typeLevel = requirementOf(type);
        List<String> problems = new ArrayList<>();
        Map<Method, Requirement> missing = new HashMap<>();
        for (AnnotatedMethod<? super T> method : type.getMethods()) {
            Method member = method.getJavaMember();
            if (member.getDeclaringClass() == Object.class || member.isBridge()) {
                continue;
            }
            String kind = unreachable(member.getModifiers());
            if (!servlet && isAsynchronous(method) && runs(javaClass, member)
                    && GuardAnnotations.onMethod(javaClass, member) != null) {
                problems.add(Messages.asynchronousGuard(javaClass, member.getName()));
            } else if (kind != null && requirementOf(method) != null) {
                problems.add(Messages.unreachableMethod(javaClass, member.getName(), kind));
            } else if (!servlet && !finalClass) {
                Requirement needed = notInheritedByCdi(javaClass, member, Requirement.stricter(typeLevel, requirementOf(method)));
                if (needed != null && "final".equals(kind)) {
                    problems.add(Messages.unreachableInheritedGuard(javaClass, member.getName()));
                } else if (needed != null && kind == null) {
                    missing.put(member, needed);
                }
            }
        }
        if (servlet || finalClass && resource) {
            // Servlets: the servlet filter guards them per request, knowing the HTTP method. A final
            // resource class cannot be proxied: the JAX-RS filter guards it alone.
            event.configureAnnotatedType()
                    .remove(GuardBindings::isGuardAnnotation)
                    .methods().forEach(method -> method.remove(GuardBindings::isGuardAnnotation));
        } else if (finalClass) {
            problems.add(Messages.finalClass(javaClass));
        } else if (!missing.isEmpty()) {
            for (AnnotatedMethodConfigurator<? super T> method : event.configureAnnotatedType().methods()) {
                Requirement needed = missing.get(method.getAnnotated().getJavaMember());
                if (needed != null) {
                    method.add(needed == Requirement.FRESH_LOGIN ? FreshLoginRequired.Literal.INSTANCE
                            : LoginRequired.Literal.INSTANCE);
                }
            }
        }
        return problems;
    }

    /**
     * @return the requirement {@link GuardAnnotations} reads for a call of {@code method} on a
     *         {@code type}, when it is stricter than {@code seenByCdi}; else {@code null}
     */
    private static Requirement notInheritedByCdi(Class<?> type, Method method, Requirement seenByCdi) {
        Requirement effective = GuardAnnotations.onMethod(type, method);
        return effective != null && Requirement.stricter(seenByCdi, effective) != seenByCdi ? effective : null;
    }

    private boolean isGuardedAnywhere(Class<?> type) {
        for (Class<?> supertype : GuardAnnotations.supertypes(type)) {
            if (declaresGuard.computeIfAbsent(supertype, GuardAnnotations::declaresGuard)) {
                return true;
            }
        }
        return false;
    }

    /** @return what the guard would sit on, when the library cannot enforce it there; else {@code null} */
    private static String unenforceablePlace(Class<?> type, Set<Class<?>> supertypes) {
        if (supertypes.stream().anyMatch(c -> c.getName().equals(SERVLET_FILTER))) {
            return "servlet filter";
        }
        if (!hasAnnotation(type, PATH) && (hasAnnotation(type, PROVIDER)
                || supertypes.stream().anyMatch(c -> PROVIDER_TYPES.contains(c.getName())))) {
            return "JAX-RS provider";
        }
        return null;
    }

    /**
     * An EJB's {@code @Asynchronous} method (or one declared by an {@code @Asynchronous} class: the annotation
     * covers the methods its class declares), or Jakarta Concurrency's: the interceptors run on the thread that
     * does the work, after the HTTP request's thread has moved on.
     */
    private static boolean isAsynchronous(AnnotatedMethod<?> method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (ASYNCHRONOUS.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return hasAnnotation(method.getJavaMember().getDeclaringClass(), EJB_ASYNCHRONOUS);
    }

    /** Whether a call on a {@code type} runs this declaration, not one that a subclass overrides it with. */
    private static boolean runs(Class<?> type, Method method) {
        Method lowest = GuardAnnotations.declaredBelow(type, method.getName(), method.getParameterTypes());
        return lowest == null || lowest.equals(method);
    }

    private static String unreachable(int modifiers) {
        return Modifier.isPrivate(modifiers) ? "private" : Modifier.isStatic(modifiers) ? "static"
                : Modifier.isFinal(modifiers) ? "final" : null;
    }

    // By name: the library must load where the servlet or JAX-RS API is missing (Weld SE).
    private static boolean hasAnnotation(Class<?> type, String name) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Requirement requirementOf(Annotated annotated) {
        return annotated.isAnnotationPresent(FreshLoginRequired.class) ? Requirement.FRESH_LOGIN
                : annotated.isAnnotationPresent(LoginRequired.class) ? Requirement.LOGIN : null;
    }

    private static boolean isGuardAnnotation(Annotation annotation) {
        return annotation.annotationType() == LoginRequired.class || annotation.annotationType() == FreshLoginRequired.class;
    }
}

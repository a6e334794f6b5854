package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InterceptionType;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.enterprise.inject.spi.PassivationCapable;
import jakarta.enterprise.inject.spi.Prioritized;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * One guard interceptor, as the extension adds it on Weld: enabled for the whole application at
 * {@code LIBRARY_BEFORE}, with one instance for every bean it intercepts.
 *
 * <p>Why not an {@code @Interceptor} class: the container would create and inject a new interceptor with
 * every intercepted instance, and a request-scoped JAX-RS resource is one per request. On Payara that
 * creation was about 8% of a guarded request's time (a JFR profile of {@code /api/me}, BENCHMARKS.md). The
 * interceptor keeps nothing of a call, so one instance serves them all.
 *
 * @param <T> the interceptor class: it is also the class an EJB container reads the around-invoke method of
 */
public final class GuardInterceptorBean<T extends GuardInterceptor> implements Interceptor<T>, Prioritized,
        PassivationCapable {

    private final T instance;
    private final Annotation binding;

    private GuardInterceptorBean(T instance, Annotation binding) {
        this.instance = instance;
        this.binding = binding;
    }

    /** @return the interceptor of {@code @LoginRequired} */
    public static GuardInterceptorBean<LoginRequiredInterceptor> loginRequired() {
        return new GuardInterceptorBean<>(new LoginRequiredInterceptor(), LoginRequired.Literal.INSTANCE);
    }

    /** @return the interceptor of {@code @FreshLoginRequired} */
    public static GuardInterceptorBean<FreshLoginRequiredInterceptor> freshLoginRequired() {
        return new GuardInterceptorBean<>(new FreshLoginRequiredInterceptor(), FreshLoginRequired.Literal.INSTANCE);
    }

    @Override
    public Set<Annotation> getInterceptorBindings() {
        return Set.of(binding);
    }

    @Override
    public boolean intercepts(InterceptionType type) {
        return type == InterceptionType.AROUND_INVOKE;
    }

    @Override
    public Object intercept(InterceptionType type, T interceptor, InvocationContext invocation) throws Exception {
        return interceptor.guard(invocation);
    }

    @Override
    public int getPriority() {
        return jakarta.interceptor.Interceptor.Priority.LIBRARY_BEFORE;
    }

    @Override
    public T create(CreationalContext<T> creation) {
        return instance;
    }

    @Override
    public void destroy(T interceptor, CreationalContext<T> creation) {
        // shared by every intercepted instance, and holds nothing to release
    }

    @Override
    public Class<?> getBeanClass() {
        return instance.getClass();
    }

    @Override
    public Set<Type> getTypes() {
        return Set.of(instance.getClass(), Object.class);
    }

    @Override
    public Set<Annotation> getQualifiers() {
        return Set.of(Default.Literal.INSTANCE, Any.Literal.INSTANCE);
    }

    @Override
    public Class<? extends Annotation> getScope() {
        return Dependent.class;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public Set<Class<? extends Annotation>> getStereotypes() {
        return Set.of();
    }

    @Override
    public boolean isAlternative() {
        return false;
    }

    @Override
    public Set<InjectionPoint> getInjectionPoints() {
        return Set.of();
    }

    @Override
    public String getId() {
        return "cdi-login " + instance.getClass().getName();
    }

    @Override
    public String toString() {
        return "cdi-login interceptor of @" + binding.annotationType().getSimpleName();
    }
}

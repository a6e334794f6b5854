package io.github.cdilogin.internal.guard;

import io.github.cdilogin.internal.cdi.LazyBean;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * What both guard interceptors do: refuse the call before it runs unless the current login meets the
 * requirement, at every call and for every HTTP method ({@code OPTIONS} included). Servlets are left to the
 * servlet filter, which sees the HTTP method (Payara binds interceptors to servlets down to {@code init()}).
 * A subclass is one interceptor binding; the Interceptors spec runs this superclass's around-invoke method.
 *
 * <p>Weld calls it through {@link GuardInterceptorBean}, which hands every intercepted instance the same one;
 * OpenWebBeans makes one with each intercepted instance; an EJB container that makes interceptors from their
 * class (GlassFish, Payara) creates its own and calls the around-invoke method. So the guard is looked up at
 * first use rather than injected: one instance serves every path.
 */
abstract class GuardInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Looked up at first use, and again after deserialization; set resolved by the benchmarks. */
    LazyBean<Guard> guard = new LazyBean<>(Guard.class);

    /** @return what this interceptor's binding asks of the login */
    abstract Requirement requirement();

    // The only method of this name: GlassFish's EJB container keeps the around-invoke method by name, and once
    // called a look-up method of the same name ("wrong number of arguments", a 500 on every guarded EJB call).
    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        if (!Targets.isServlet(invocation)) {
            guard.get().enforce(requirement(), invocation);
        }
        return invocation.proceed();
    }
}

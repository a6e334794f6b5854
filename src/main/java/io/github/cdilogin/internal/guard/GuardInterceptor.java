package io.github.cdilogin.internal.guard;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * What both guard interceptors do: refuse the call before it runs unless the current login meets the
 * requirement, at every call and for every HTTP method ({@code OPTIONS} included). Servlets are left to the
 * servlet filter, which sees the HTTP method (Payara binds interceptors to servlets down to {@code init()}).
 * A subclass is one interceptor binding; the Interceptors spec runs this superclass's around-invoke method.
 */
abstract class GuardInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Guard guard;

    /** @return what this interceptor's binding asks of the login */
    abstract Requirement requirement();

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        if (!Targets.isServlet(invocation)) {
            guard.enforce(requirement(), invocation);
        }
        return invocation.proceed();
    }
}

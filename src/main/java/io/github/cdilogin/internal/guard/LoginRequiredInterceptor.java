package io.github.cdilogin.internal.guard;

import io.github.cdilogin.LoginRequired;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Enforces {@link LoginRequired} on CDI beans, JAX-RS resources and sub-resource locators, at every call and
 * for every HTTP method ({@code OPTIONS} included); enabled for the whole application by its priority.
 * The extension binds it also where Java and CDI do not inherit the annotation ({@link GuardBindings}).
 */
@LoginRequired
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class LoginRequiredInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Guard guard;

    @AroundInvoke
    Object requireLogin(InvocationContext invocation) throws Exception {
        if (!Targets.isServlet(invocation)) {
            guard.enforce(Requirement.LOGIN, invocation);
        }
        return invocation.proceed();
    }
}

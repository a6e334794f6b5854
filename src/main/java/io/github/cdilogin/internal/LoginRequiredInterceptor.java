package io.github.cdilogin.internal;

import io.github.cdilogin.LoginRequired;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/** Enforces {@link LoginRequired} on CDI beans; enabled for the whole application by its priority. */
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

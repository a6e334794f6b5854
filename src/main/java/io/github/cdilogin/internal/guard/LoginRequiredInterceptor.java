package io.github.cdilogin.internal.guard;

import io.github.cdilogin.LoginRequired;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;

/**
 * Enforces {@link LoginRequired} on CDI beans, EJBs, JAX-RS resources and sub-resource locators
 * ({@link GuardInterceptor}), in the whole application: as {@link GuardInterceptorBean#loginRequired} on Weld, as
 * this {@code @Interceptor} class, enabled by its priority, on OpenWebBeans. The extension binds it also where Java and CDI do not inherit the annotation ({@link GuardBindings}).
 */
@LoginRequired
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class LoginRequiredInterceptor extends GuardInterceptor {
    private static final long serialVersionUID = 1L;

    @Override
    Requirement requirement() {
        return Requirement.LOGIN;
    }
}

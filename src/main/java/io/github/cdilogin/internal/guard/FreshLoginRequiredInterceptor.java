package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;

/**
 * Enforces {@link FreshLoginRequired} on CDI beans, EJBs, JAX-RS resources and sub-resource locators
 * ({@link GuardInterceptor}), in the whole application: as {@link GuardInterceptorBean#freshLoginRequired} on
 * Weld, as this {@code @Interceptor} class, enabled by its priority, on OpenWebBeans. The extension binds it
 * also where Java and CDI do not inherit the annotation ({@link GuardBindings}).
 */
@FreshLoginRequired
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class FreshLoginRequiredInterceptor extends GuardInterceptor {
    private static final long serialVersionUID = 1L;

    @Override
    Requirement requirement() {
        return Requirement.FRESH_LOGIN;
    }
}

package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;

/**
 * Enforces {@link FreshLoginRequired} on CDI beans, JAX-RS resources and sub-resource locators
 * ({@link GuardInterceptor}); enabled for the whole application by its priority. The extension binds it
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

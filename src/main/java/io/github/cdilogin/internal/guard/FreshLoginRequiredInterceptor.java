package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequired;

/**
 * Enforces {@link FreshLoginRequired} on CDI beans, EJBs, JAX-RS resources and sub-resource locators
 * ({@link GuardInterceptor}); enabled for the whole application by
 * {@link GuardInterceptorBean#freshLoginRequired}. The extension binds it also where Java and CDI do not
 * inherit the annotation ({@link GuardBindings}).
 */
public class FreshLoginRequiredInterceptor extends GuardInterceptor {
    private static final long serialVersionUID = 1L;

    @Override
    Requirement requirement() {
        return Requirement.FRESH_LOGIN;
    }
}

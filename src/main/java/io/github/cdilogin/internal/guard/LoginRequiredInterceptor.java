package io.github.cdilogin.internal.guard;

import io.github.cdilogin.LoginRequired;

/**
 * Enforces {@link LoginRequired} on CDI beans, EJBs, JAX-RS resources and sub-resource locators
 * ({@link GuardInterceptor}); enabled for the whole application by {@link GuardInterceptorBean#loginRequired}.
 * The extension binds it also where Java and CDI do not inherit the annotation ({@link GuardBindings}).
 */
public class LoginRequiredInterceptor extends GuardInterceptor {
    private static final long serialVersionUID = 1L;

    @Override
    Requirement requirement() {
        return Requirement.LOGIN;
    }
}

package io.github.cdilogin.internal.guard;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.cdi.LoginEvents;
import jakarta.interceptor.InvocationContext;

/**
 * The library's real {@link Guard} and {@code @LoginRequired} interceptor outside a container, with the
 * fields CDI would inject: the guard's {@code LoginManager} is, in the container, the client proxy of the
 * request-scoped login.
 */
public final class GuardedCalls {

    private final LoginRequiredInterceptor interceptor = new LoginRequiredInterceptor();

    /** @param guard the guard the interceptor asks */
    public GuardedCalls(Guard guard) {
        interceptor.guard = new LazyBean<>(Guard.class, guard);
    }

    /**
     * @param login the request's login, as the guard's injected proxy reaches it
     * @param events the library's events
     * @return the guard bean
     */
    public static Guard guard(LoginManager login, LoginEvents events) {
        Guard guard = new Guard();
        guard.login = login;
        guard.events = events;
        return guard;
    }

    /**
     * A call of a {@code @LoginRequired} bean method, through its interceptor, as the container makes it.
     *
     * @param invocation the call
     * @return what the method returned
     * @throws Exception what the method or the guard threw
     */
    public Object call(InvocationContext invocation) throws Exception {
        return interceptor.guard(invocation);
    }
}

package io.github.cdilogin.internal.guard;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** Names what a guard protects, for events and exception messages. */
final class Targets {

    private Targets() {
    }

    /**
     * Some containers apply interceptor bindings to servlets too, down to {@code init()}. A servlet is
     * guarded per request by the servlet filter instead, which also knows the HTTP method.
     */
    static boolean isServlet(InvocationContext invocation) {
        return invocation.getTarget() instanceof jakarta.servlet.Servlet;
    }

    static String of(InvocationContext invocation) {
        Method method = invocation.getMethod();
        return method == null ? "a constructor" : method.getDeclaringClass().getName() + "#" + method.getName();
    }
}

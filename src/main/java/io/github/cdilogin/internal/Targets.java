package io.github.cdilogin.internal;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** Names what a guard protects, for events and exception messages. */
final class Targets {

    private Targets() {
    }

    static String of(InvocationContext invocation) {
        Method method = invocation.getMethod();
        return method == null ? "a constructor" : method.getDeclaringClass().getName() + "#" + method.getName();
    }
}

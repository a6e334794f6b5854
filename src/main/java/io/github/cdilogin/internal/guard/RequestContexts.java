package io.github.cdilogin.internal.guard;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.function.Supplier;

/** For the application-scoped beans that may be called where no request context is active. */
final class RequestContexts {

    private RequestContexts() {
    }

    /**
     * @param requestScoped a call to a request-scoped bean
     * @param <T> its result
     * @return its result, or {@code null} when no request context is active
     */
    static <T> T orNull(Supplier<T> requestScoped) {
        try {
            return requestScoped.get();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}

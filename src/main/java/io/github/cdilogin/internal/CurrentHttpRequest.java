package io.github.cdilogin.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP request in progress, when there is one; a request context without one (a timer, a
 * message, Weld SE) finds none. Looked up once per request that needs it: some containers hand out
 * the request object itself rather than a proxy, so it must never outlive its request.
 */
@RequestScoped
public class CurrentHttpRequest {

    /**
     * The response of the request the library's filter is serving on this thread, for cookies. A
     * thread-local, not a request attribute: setting an attribute on every request cost Payara a
     * quarter of its throughput on public endpoints (BENCHMARKS.md).
     */
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    /**
     * @param response the response the filter is about to pass down the chain
     * @return what to give {@link #restoreResponse} when the chain returns
     */
    public static HttpServletResponse serving(HttpServletResponse response) {
        HttpServletResponse previous = RESPONSE.get();
        RESPONSE.set(response);
        return previous;
    }

    /** @param previous what {@link #serving} returned */
    public static void restoreResponse(HttpServletResponse previous) {
        if (previous == null) {
            RESPONSE.remove();
        } else {
            RESPONSE.set(previous);
        }
    }

    @Inject
    Instance<HttpServletRequest> requests;

    private HttpServletRequest request;

    @PostConstruct
    void resolve() {
        if (!requests.isResolvable()) {
            return;
        }
        try {
            HttpServletRequest candidate = requests.get();
            candidate.getDispatcherType();
            request = candidate;
        } catch (RuntimeException noHttpRequest) {
            request = null;
        }
    }

    /** @return the request in progress, or {@code null} outside an HTTP request */
    public HttpServletRequest orNull() {
        return request;
    }

    /**
     * @return the response of the request in progress, when the library's filter saw it on this thread
     *         and it can still take headers; else {@code null} (an asynchronous request's other thread)
     */
    public HttpServletResponse responseOrNull() {
        HttpServletResponse response = RESPONSE.get();
        return request != null && response != null && !response.isCommitted() ? response : null;
    }

    /**
     * @param what the operation that needs a request, for the message
     * @return the request in progress
     * @throws IllegalStateException outside an HTTP request
     */
    public HttpServletRequest required(String what) {
        if (request == null) {
            throw new IllegalStateException("cdi-login: " + what + " needs an HTTP request, and none is in progress");
        }
        return request;
    }
}

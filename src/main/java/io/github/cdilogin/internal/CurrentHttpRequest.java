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

    /** The request attribute under which the library's filter leaves the response, for cookies. */
    public static final String RESPONSE = "io.github.cdilogin.response";

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
     * @return the response of the request in progress, when the library's filter saw it and it can
     *         still take headers; else {@code null}
     */
    public HttpServletResponse responseOrNull() {
        if (request != null && request.getAttribute(RESPONSE) instanceof HttpServletResponse response
                && !response.isCommitted()) {
            return response;
        }
        return null;
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

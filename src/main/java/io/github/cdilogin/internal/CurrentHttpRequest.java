package io.github.cdilogin.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP request in progress, when there is one. The container's request proxy is looked up once;
 * a call outside an HTTP request (a timer, a message, Weld SE) finds none.
 */
@ApplicationScoped
public class CurrentHttpRequest {

    @Inject
    Instance<HttpServletRequest> requests;

    private HttpServletRequest proxy;

    @PostConstruct
    void resolve() {
        proxy = requests.isResolvable() ? requests.get() : null;
    }

    /** @return the request in progress, or {@code null} outside an HTTP request */
    public HttpServletRequest orNull() {
        if (proxy == null) {
            return null;
        }
        try {
            proxy.getDispatcherType();
            return proxy;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    /**
     * @param what the operation that needs a request, for the message
     * @return the request in progress
     * @throws IllegalStateException outside an HTTP request
     */
    public HttpServletRequest required(String what) {
        HttpServletRequest request = orNull();
        if (request == null) {
            throw new IllegalStateException("cdi-login: " + what + " needs an HTTP request, and none is in progress");
        }
        return request;
    }
}

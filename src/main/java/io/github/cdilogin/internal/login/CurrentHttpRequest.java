package io.github.cdilogin.internal.login;

import io.github.cdilogin.internal.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP request in progress, when there is one; a thread without one (a timer, a message, Weld SE
 * without a request bean) finds none.
 *
 * <p>The library's filter hands the request and its response on through a thread-local while it
 * serves them ({@link Exchange}). Neither is a request attribute nor a request-scoped bean, and both
 * reasons are measured (BENCHMARKS.md): on Payara, setting an attribute on every request cost public
 * endpoints a quarter of their throughput, and creating a request-scoped bean with injected fields cost
 * about a tenth of a guarded request. Where the filter did not see the request (another thread of an
 * asynchronous request, Weld SE tests), the container's {@code HttpServletRequest} bean answers,
 * looked up at each call so that no request object outlives its request.
 */
@ApplicationScoped
public class CurrentHttpRequest {

    private static final ThreadLocal<Exchange> SERVING = new ThreadLocal<>();

    /**
     * What the library's filter hands on for the request it serves: the request as the container gave it
     * (what the library reads: its session, cookies and headers) and its response (for a remember
     * cookie's {@code Set-Cookie}). One object per request, so that a public request allocates nothing
     * else for it: in {@code cdi-login.container-identity=request} the request wrapper the filter passes
     * down the chain is also this hand-over; otherwise it is a {@link PlainExchange}.
     */
    public interface Exchange {

        /** @return the request as the container gave it, never a wrapper of the library's */
        HttpServletRequest request();

        /** @return its response */
        HttpServletResponse response();
    }

    /**
     * The hand-over on its own: a request passed down the chain as it came ({@code container-identity=none},
     * a dispatch), with its response.
     *
     * @param request the request
     * @param response its response
     */
    public record PlainExchange(HttpServletRequest request, HttpServletResponse response) implements Exchange {
    }

    /**
     * @param request the request the filter is about to pass down the chain
     * @param response its response, for the remember cookie of a login (or a restore) made meanwhile
     * @return what to give {@link #restore} when the chain returns
     */
    public static Exchange serving(HttpServletRequest request, HttpServletResponse response) {
        return serving(new PlainExchange(request, response));
    }

    /**
     * @param exchange the request and response the filter is about to pass down the chain
     * @return what to give {@link #restore} when the chain returns
     */
    public static Exchange serving(Exchange exchange) {
        Exchange previous = SERVING.get();
        SERVING.set(exchange);
        return previous;
    }

    /**
     * Puts back what the thread served before, usually nothing. Setting {@code null} rather than
     * removing the entry keeps it for the thread's next request: a container thread carries many
     * thread-locals, and a removal re-hashes its neighbours on every request. The entry then holds no
     * request, and its key is this class's own constant.
     *
     * @param previous what {@link #serving} returned
     */
    public static void restore(Exchange previous) {
        SERVING.set(previous);
    }

    @Inject
    Instance<HttpServletRequest> requests;

    /** @return the request in progress, or {@code null} outside an HTTP request */
    public HttpServletRequest orNull() {
        Exchange exchange = SERVING.get();
        return exchange != null ? exchange.request() : lookedUp();
    }

    private HttpServletRequest lookedUp() {
        if (!requests.isResolvable()) {
            return null;
        }
        try {
            HttpServletRequest candidate = requests.get();
            candidate.getDispatcherType(); // a proxy without a request behind it throws here
            return candidate;
        } catch (RuntimeException noHttpRequest) {
            return null;
        }
    }

    /**
     * @return the response of the request in progress, when the library's filter saw it on this thread
     *         and it can still take headers; else {@code null} (an asynchronous request's other thread)
     */
    public HttpServletResponse responseOrNull() {
        Exchange exchange = SERVING.get();
        return exchange != null && !exchange.response().isCommitted() ? exchange.response() : null;
    }

    /**
     * @param what the operation that needs a request, for the message
     * @return the request in progress
     * @throws IllegalStateException outside an HTTP request
     */
    public HttpServletRequest required(String what) {
        HttpServletRequest request = orNull();
        if (request == null) {
            throw new IllegalStateException(Messages.noRequestInProgress(what));
        }
        return request;
    }
}

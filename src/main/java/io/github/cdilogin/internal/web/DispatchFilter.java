package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet guards for dispatches inside the application: forwards, includes, asynchronous
 * dispatches and error pages. A public servlet must not reach guarded code for an anonymous request
 * by dispatching to it, so each dispatch's target is checked as a request to it would be:
 * <ul>
 * <li>a forward or an asynchronous dispatch that is refused is answered as the guard answers the
 *     request (with the page the client asked for as {@code next});</li>
 * <li>a refused include includes nothing, and the including page goes on;</li>
 * <li>a refused error page renders nothing beyond the status the container set.</li>
 * </ul>
 * An include's target is read from the {@code jakarta.servlet.include.*} attributes. A named
 * dispatcher has no path: one instance of this filter is mapped by name to each guarded servlet known
 * at start, and checks that servlet's guard whatever the path.
 *
 * <p>It also hands the dispatch's request and response on to the library: an asynchronous dispatch
 * or an error page may run on a thread the request filter never saw; an include keeps the including
 * response, since headers (a remember cookie) set on an included one are ignored.
 */
final class DispatchFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(DispatchFilter.class.getName());

    private final ServletGate gate;
    /** The servlet this instance is mapped to by name, or {@code null}: the one mapped by path ({@code /*}). */
    private final String servletName;

    /**
     * @param gate the decision shared with the request filter
     * @param servletName the servlet this instance is mapped to by name, or {@code null} for the one mapped to every path
     */
    DispatchFilter(ServletGate gate, String servletName) {
        this.gate = gate;
        this.servletName = servletName;
    }

    @Override
    public void init(jakarta.servlet.FilterConfig config) {
        gate.scan(config.getServletContext());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        DispatcherType type = request.getDispatcherType();
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, response);
        if (type == DispatcherType.INCLUDE && outer != null) {
            CurrentHttpRequest.serving(request, outer.response());
        }
        RequestContextController requestContext = null;
        try {
            Requirement requirement = requirementOf(type, request);
            if (requirement != null) {
                requestContext = type == DispatcherType.ASYNC ? activatedRequestContext() : null;
                ServletGate.Refusal refusal = type == DispatcherType.INCLUDE || type == DispatcherType.ERROR
                        ? ServletGate.Refusal.NOTHING : ServletGate.Refusal.ANSWER;
                if (gate.stops(requirement, targetName(type, request), request, response, refusal, () -> asked(request, type))) {
                    return;
                }
            }
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // A forward's or an include's refusal is the including request's to answer, further up.
            LoginRequiredException refused = ServletGate.refusalIn(failure);
            if (refused == null || type == DispatcherType.FORWARD || type == DispatcherType.INCLUDE || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.FINE, "cdi-login: a guarded bean refused a dispatch", refused);
            if (type == DispatcherType.ERROR) {
                response.resetBuffer();
            } else {
                gate.answer(refused, request, response, asked(request, type));
            }
        } finally {
            if (requestContext != null) {
                requestContext.deactivate();
            }
            CurrentHttpRequest.restore(outer);
        }
    }

    /**
     * Payara and GlassFish run an asynchronous dispatch on a thread of their own without a CDI request
     * context: the guard would see nobody logged in, and the target's request-scoped beans would fail.
     * A dispatch to a guarded target then gets a request context of its own (a new one: the request's
     * beans of before the dispatch are not in it), activated here and ended when the dispatch returns.
     *
     * @return the controller that activated a request context, or {@code null} when one was active
     */
    private static RequestContextController activatedRequestContext() {
        RequestContextController controller;
        try {
            controller = CDI.current().select(RequestContextController.class).get();
        } catch (RuntimeException noCdi) {
            return null;
        }
        return controller.activate() ? controller : null;
    }

    /** What the dispatch's target requires: this instance's servlet, or the target named by the dispatch's mapping and paths. */
    private Requirement requirementOf(DispatcherType type, HttpServletRequest request) {
        GuardedServlets guarded = gate.guarded();
        if (servletName != null) {
            return guarded.door(servletName).requirement(request.getMethod());
        }
        if (type != DispatcherType.INCLUDE) {
            return guarded.requirementFor(request);
        }
        return guarded.requirementFor(request.getMethod(), targetName(type, request),
                (String) request.getAttribute(RequestDispatcher.INCLUDE_SERVLET_PATH),
                (String) request.getAttribute(RequestDispatcher.INCLUDE_PATH_INFO),
                (String) request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI));
    }

    /** @return the target servlet's name, or {@code null} for the one the request itself is mapped to */
    private String targetName(DispatcherType type, HttpServletRequest request) {
        if (servletName != null || type != DispatcherType.INCLUDE) {
            return servletName;
        }
        HttpServletMapping mapping = (HttpServletMapping) request.getAttribute(RequestDispatcher.INCLUDE_MAPPING);
        return mapping == null ? null : mapping.getServletName();
    }

    /** The path and query the client asked for: the original request's, kept by the container in attributes. */
    static String asked(HttpServletRequest request, DispatcherType type) {
        String uri = null;
        String query = null;
        if (type == DispatcherType.FORWARD) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else if (type == DispatcherType.ASYNC) {
            uri = (String) request.getAttribute(AsyncContext.ASYNC_REQUEST_URI);
            query = (String) request.getAttribute(AsyncContext.ASYNC_QUERY_STRING);
        } else if (type == DispatcherType.ERROR) {
            uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        if (uri == null) {
            return ServletAnswers.target(request);
        }
        return query == null ? uri : uri + "?" + query;
    }
}

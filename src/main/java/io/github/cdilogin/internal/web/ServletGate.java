package io.github.cdilogin.internal.web;

import io.github.cdilogin.FreshLoginRequiredException;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.guard.Verdict;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * The servlet side's decision for a request that reaches a guarded servlet or path, shared by the
 * library's filters (the request's and the dispatches'): let it through, answer it, or stop it
 * without a word.
 *
 * <p>An exempt method ({@code cdi-login.exempt-methods}, OPTIONS by default) passes only where the
 * target servlet runs none of the application's code for it ({@code HttpServlet}'s own
 * {@code doOptions}). Where the servlet would answer it itself ({@code service} or {@code doOptions}
 * overridden, the Faces servlet), OPTIONS is answered here with {@code 200} and an {@code Allow}
 * header, and the servlet does not run; any other exempt method is guarded like every other.
 */
final class ServletGate {

    /** What a refused request gets. */
    enum Refusal {
        /** The guard's answer (a redirect, a 401): a request, a forward, an asynchronous dispatch. */
        ANSWER,
        /** Nothing: an include includes nothing; an error page renders nothing beyond the status set. */
        NOTHING
    }

    private final LoginSettings settings;
    private final ServletAnswers answers;
    private final IdentityRequests identity;
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<ApplicationBeans> application = new LazyBean<>(ApplicationBeans.class);
    private volatile GuardedServlets guarded;

    ServletGate(LoginSettings settings) {
        this.settings = settings;
        this.answers = new ServletAnswers(settings);
        this.identity = new IdentityRequests(settings);
    }

    /**
     * @param request a request as the library's filter receives it
     * @param response its response
     * @return the hand-over of both to the library, which also gives the request as the application is to
     *         see it ({@code cdi-login.container-identity}, {@link IdentityRequests#presented})
     */
    CurrentHttpRequest.Exchange exchange(HttpServletRequest request, HttpServletResponse response) {
        return identity.exchange(request, response);
    }

    /** Reads the servlets once, at the first filter's {@code init}, when every servlet is registered. */
    synchronized void scan(ServletContext context) {
        if (guarded == null) {
            guarded = GuardedServlets.scan(context, settings);
        }
    }

    GuardedServlets guarded() {
        return guarded;
    }

    LoginSettings settings() {
        return settings;
    }

    /**
     * @param requirement what the target requires (not {@code null})
     * @param servletName the target servlet, or {@code null} for the one the request is mapped to
     * @param refusal what a refused request gets
     * @param asked the path and query the client asked for: {@code next}, and the events' target
     * @return whether the request must stop here (it was answered, or is to get nothing)
     */
    boolean stops(Requirement requirement, String servletName, HttpServletRequest request, HttpServletResponse response,
                  Refusal refusal, Supplier<String> asked) throws IOException {
        String method = request.getMethod();
        if (settings.isExempt(method)) {
            ServletDoor door = guarded.door(servletName != null ? servletName : request.getHttpServletMapping().getServletName());
            if (!door.runsApplicationCodeFor(method)) {
                return false;
            }
            if (method.equals("OPTIONS")) {
                if (refusal == Refusal.ANSWER && !response.isCommitted()) {
                    ServletAnswers.allow(response, door.allow());
                }
                return true;
            }
        }
        Verdict verdict = guard.get().check(requirement, asked);
        if (verdict == Verdict.ALLOWED) {
            return false;
        }
        if (refusal == Refusal.ANSWER && !response.isCommitted()) {
            answers.answer(verdict, request, response, application.get(), asked.get());
        }
        return true;
    }

    /** Answers what a guarded bean refused while the request was served, as the servlet guards answer. */
    void answer(LoginRequiredException refused, HttpServletRequest request, HttpServletResponse response, String asked)
            throws IOException {
        answers.answer(refused instanceof FreshLoginRequiredException ? Verdict.NEEDS_REFRESH : Verdict.UNAUTHORIZED,
                request, response, application.get(), asked);
    }

    /**
     * @param platformCaller the principal the application sees, or {@code null}
     * @return how the container's refusal to call an EJB is told ({@link Guard#ejbRefusal})
     */
    io.github.cdilogin.internal.guard.Refusal ejbRefusal(Principal platformCaller) {
        return guard.get().ejbRefusal(platformCaller);
    }

    /** Containers wrap what a servlet throws (ServletException, EJBException, ...): looks along the causes. */
    static LoginRequiredException refusalIn(Throwable failure) {
        return causeOf(failure, LoginRequiredException.class);
    }

    /** @return the first of {@code failure} and its causes that is a {@code type}, or {@code null} */
    static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

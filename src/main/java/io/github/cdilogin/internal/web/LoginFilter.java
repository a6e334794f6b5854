package io.github.cdilogin.internal.web;

import io.github.cdilogin.FreshLoginRequiredException;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.ApplicationBeans;
import io.github.cdilogin.internal.CurrentHttpRequest;
import io.github.cdilogin.internal.Guard;
import io.github.cdilogin.internal.LazyBean;
import io.github.cdilogin.internal.Requirement;
import io.github.cdilogin.internal.Verdict;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.remember.RememberMe;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet side of the guards: refuses anonymous (or stale) requests to guarded servlets and
 * path prefixes before they reach them, and answers a {@link LoginRequiredException} thrown by a
 * guarded CDI bean the same way instead of letting it become a {@code 500}. It also hands the request
 * and response on to the library ({@link CurrentHttpRequest}). A public request costs a map look-up
 * and a thread-local: no session, no user.
 */
final class LoginFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(LoginFilter.class.getName());

    private final LoginSettings settings;
    private final ServletAnswers answers;
    private GuardedServlets guarded;
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);
    private final LazyBean<ApplicationBeans> application = new LazyBean<>(ApplicationBeans.class);

    LoginFilter(LoginSettings settings) {
        this.settings = settings;
        this.answers = new ServletAnswers(settings);
    }

    @Override
    public void init(FilterConfig config) {
        // Every servlet is registered by now, declared or annotated.
        guarded = GuardedServlets.scan(config.getServletContext(), settings);
        // Chooses the remember-token store now, so that its warnings come at start, not at a first login.
        new LazyBean<>(RememberMe.class).get();
        LOG.fine(() -> "cdi-login: servlet guards ready, settings " + settings);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, response);
        try {
            Requirement requirement = guarded.isEmpty() ? null : guarded.requirementFor(request);
            if (requirement != null && !settings.isExempt(request.getMethod())) {
                Verdict verdict = guard.get().check(requirement, () -> ServletAnswers.target(request));
                if (verdict != Verdict.ALLOWED) {
                    answers.answer(verdict, request, response, application.get());
                    return;
                }
            }
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            LoginRequiredException refused = refusalIn(failure);
            if (refused == null || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.FINE, "cdi-login: a guarded bean refused the request", refused);
            answers.answer(refused instanceof FreshLoginRequiredException ? Verdict.NEEDS_REFRESH : Verdict.UNAUTHORIZED,
                    request, response, application.get());
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    // Containers wrap what a servlet throws (ServletException, EJBException, ...): look along the causes.
    private static LoginRequiredException refusalIn(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof LoginRequiredException refused) {
                return refused;
            }
        }
        return null;
    }
}

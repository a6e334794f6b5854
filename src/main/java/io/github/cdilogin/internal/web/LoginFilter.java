package io.github.cdilogin.internal.web;

import io.github.cdilogin.CrossSiteRequestException;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.CrossOriginSettings;
import io.github.cdilogin.internal.crossorigin.CrossOriginPolicy;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
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
 * The servlet side of the guards for requests as they come in (REQUEST dispatches; the others are
 * {@link DispatchFilter}'s): refuses anonymous (or stale) requests to guarded servlets and path
 * prefixes before they reach them, and answers a {@link LoginRequiredException} thrown by a guarded
 * CDI bean the same way instead of letting it become a {@code 500}, a {@link CrossSiteRequestException}
 * with {@code 403}, and an EJB the container refused to call as the guards would ({@link EjbRefusals});
 * with {@code cdi-login.cross-origin-protection=all} it refuses every cross-site request with an unsafe
 * method itself. It also hands the request and response on to the library
 * ({@link CurrentHttpRequest}), and passes the request on as the platform is to see the user
 * ({@link IdentityRequests}). A public request costs a map look-up, a scan of its URI when path
 * prefixes are guarded, a thread-local and one small object (the wrapper that is also the hand-over):
 * no session, no user.
 */
final class LoginFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(LoginFilter.class.getName());

    private final ServletGate gate;
    private final LazyBean<CrossOriginProtection> crossOrigin = new LazyBean<>(CrossOriginProtection.class);
    private GuardedServlets guarded;
    private boolean refusesCrossSite;

    LoginFilter(ServletGate gate) {
        this.gate = gate;
    }

    @Override
    public void init(FilterConfig config) {
        // Every servlet is registered by now, declared or annotated.
        gate.scan(config.getServletContext());
        guarded = gate.guarded();
        refusesCrossSite = gate.settings().crossOrigin().protection() == CrossOriginSettings.Protection.ALL;
        try {
            // Chooses the remember-token store now, so that its warnings come at start, not at a first login.
            new LazyBean<>(RememberMe.class).get();
        } catch (RuntimeException failed) {
            // Never thrown on: Payara serves the application without a filter whose init threw. A guarded
            // request then fails on the same look-up, closed, rather than passing unguarded.
            LOG.log(Level.SEVERE, Messages.beansUnreachable(), failed);
        }
        LOG.fine(() -> "cdi-login: servlet guards ready, settings " + gate.settings());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        // One object: in container-identity=request the wrapper passed down the chain is also the hand-over.
        CurrentHttpRequest.Exchange served = gate.exchange(request, response);
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(served);
        try {
            if (refusesCrossSite && !CrossOriginPolicy.isSafe(request.getMethod())) {
                crossOrigin.get().verify(request); // a refusal throws; the catch below answers it
            }
            Requirement requirement = guarded.isEmpty() ? null : guarded.requirementFor(request);
            if (requirement != null && gate.stops(requirement, null, request, response, ServletGate.Refusal.ANSWER,
                    () -> ServletAnswers.target(request))) {
                return;
            }
            chain.doFilter(IdentityRequests.presented(served), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (CrossSiteAnswers.in(failure) != null && !response.isCommitted()) {
                CrossSiteAnswers.answer(request, response);
                return;
            }
            if (!response.isCommitted() && EjbRefusals.in(failure)) {
                LOG.log(Level.FINE, "cdi-login: the container refused an EJB call", failure);
                EjbRefusals.answer(gate, IdentityRequests.presented(served), request, response);
                return;
            }
            LoginRequiredException refused = ServletGate.refusalIn(failure);
            if (refused == null || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.FINE, "cdi-login: a guarded bean refused the request", refused);
            gate.answer(refused, request, response, ServletAnswers.target(request));
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }
}

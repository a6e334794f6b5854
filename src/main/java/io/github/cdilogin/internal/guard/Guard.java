package io.github.cdilogin.internal.guard;

import io.github.cdilogin.FreshLoginRequiredException;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.NeedsRefreshEvent;
import io.github.cdilogin.UnauthorizedEvent;
import io.github.cdilogin.internal.cdi.LoginEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * The one decision behind every guard (interceptors, the servlet filter, the JAX-RS filter): may the
 * current login go on? A refusal fires {@link UnauthorizedEvent} or {@link NeedsRefreshEvent} here,
 * once, whatever layer then answers it.
 *
 * <p>Exempt methods ({@code cdi-login.exempt-methods}, {@code OPTIONS} by default) are the doors'
 * business: a door may let a CORS preflight through that the container or the JAX-RS runtime answers
 * itself. Guarded code that runs has no exempt method: an interceptor refuses an anonymous call during
 * an {@code OPTIONS} request like any other.
 */
@ApplicationScoped
public class Guard {

    @Inject
    LoginManager login;

    @Inject
    LoginEvents events;

    /**
     * @param requirement what the guarded place asks
     * @param target what is guarded, for the events: a request path and query, or {@code Class#method};
     *        worked out only for a refusal
     * @return {@link Verdict#ALLOWED} or the refusal
     */
    public Verdict check(Requirement requirement, Supplier<String> target) {
        // No request context (a thread of the application's own): nobody can be logged in there.
        LoginUser user = RequestContexts.orNull(login::currentUser);
        Verdict verdict = verdict(requirement, user);
        if (verdict != Verdict.ALLOWED) {
            refused(verdict, user, target.get());
        }
        return verdict;
    }

    /**
     * The interceptors' check: throws instead of answering. Where a web guard already let the request
     * in, this costs the request-scoped login's look-up and the user it already resolved: no loader,
     * no session, nothing allocated.
     *
     * @param requirement what the guarded method asks
     * @param invocation the intercepted call, named in the events and the exception of a refusal
     * @throws LoginRequiredException nobody is logged in
     * @throws FreshLoginRequiredException the login is not fresh
     */
    public void enforce(Requirement requirement, InvocationContext invocation) {
        LoginUser user = RequestContexts.orNull(login::currentUser);
        Verdict verdict = verdict(requirement, user);
        if (verdict == Verdict.ALLOWED) {
            return;
        }
        String target = Targets.of(invocation);
        refused(verdict, user, target);
        throw verdict == Verdict.NEEDS_REFRESH ? new FreshLoginRequiredException("Fresh login required for " + target)
                : new LoginRequiredException("Login required for " + target);
    }

    /**
     * How a container's refusal to call an EJB for the request's caller ({@code EJBAccessException}) is told:
     * {@link Refusal#FORBIDDEN} when the platform sees a caller, or when the request has a cdi-login login
     * that the container does not know (the {@code none} mode): sending that user to the login view again would
     * not help. Else {@link Refusal#UNAUTHORIZED}.
     *
     * @param platformCaller the principal the platform sees (the servlet request's, JAX-RS's), or {@code null}
     * @return the refusal to answer
     */
    public Refusal ejbRefusal(Principal platformCaller) {
        if (platformCaller != null) {
            return Refusal.FORBIDDEN;
        }
        LoginUser user = RequestContexts.orNull(login::currentUser);
        return user != null && user.isAuthenticated() ? Refusal.FORBIDDEN : Refusal.UNAUTHORIZED;
    }

    private Verdict verdict(Requirement requirement, LoginUser user) {
        if (user == null || !user.isAuthenticated()) {
            return Verdict.UNAUTHORIZED;
        }
        if (requirement == Requirement.FRESH_LOGIN && !login.isFresh()) {
            return Verdict.NEEDS_REFRESH;
        }
        return Verdict.ALLOWED;
    }

    private void refused(Verdict verdict, LoginUser user, String target) {
        if (verdict == Verdict.NEEDS_REFRESH) {
            events.fire(new NeedsRefreshEvent(user, target));
        } else {
            events.fire(new UnauthorizedEvent(target));
        }
    }
}

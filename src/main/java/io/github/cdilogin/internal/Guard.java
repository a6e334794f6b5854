package io.github.cdilogin.internal;

import io.github.cdilogin.FreshLoginRequiredException;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.NeedsRefreshEvent;
import io.github.cdilogin.UnauthorizedEvent;
import io.github.cdilogin.internal.config.LoginConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * The one decision behind every guard (interceptors, the servlet filter, the JAX-RS filter): may the
 * current login go on? A refusal fires {@link UnauthorizedEvent} or {@link NeedsRefreshEvent} here,
 * once, whatever layer then answers it.
 */
@ApplicationScoped
public class Guard {

    @Inject
    LoginManager login;

    @Inject
    LoginEvents events;

    @Inject
    CurrentHttpRequest http;

    @Inject
    LoginConfiguration configuration;

    /**
     * @param requirement what the guarded place asks
     * @param target what is guarded, for the events: a request path and query, or {@code Class#method};
     *        worked out only for a refusal
     * @return {@link Verdict#ALLOWED} or the refusal
     */
    public Verdict check(Requirement requirement, Supplier<String> target) {
        // No request context (a thread of the application's own): nobody can be logged in there.
        LoginUser user = RequestContexts.orNull(login::currentUser);
        if (user == null) {
            events.fire(new UnauthorizedEvent(target.get()));
            return Verdict.UNAUTHORIZED;
        }
        if (!user.isAuthenticated()) {
            events.fire(new UnauthorizedEvent(target.get()));
            return Verdict.UNAUTHORIZED;
        }
        if (requirement == Requirement.FRESH_LOGIN && !login.isFresh()) {
            events.fire(new NeedsRefreshEvent(user, target.get()));
            return Verdict.NEEDS_REFRESH;
        }
        return Verdict.ALLOWED;
    }

    /**
     * The interceptors' check: throws instead of answering. A call made while an HTTP request with an
     * exempt method ({@code OPTIONS}) is in progress passes, as the web guards let it.
     *
     * @param requirement what the guarded method asks
     * @param target {@code Class#method}, worked out only for a refusal
     * @throws LoginRequiredException nobody is logged in
     * @throws FreshLoginRequiredException the login is not fresh
     */
    public void enforce(Requirement requirement, Supplier<String> target) {
        HttpServletRequest request = http.orNull();
        if (request != null && configuration.settings().isExempt(request.getMethod())) {
            return;
        }
        switch (check(requirement, target)) {
            case UNAUTHORIZED -> throw new LoginRequiredException("Login required for " + target.get());
            case NEEDS_REFRESH -> throw new FreshLoginRequiredException("Fresh login required for " + target.get());
            case ALLOWED -> { }
        }
    }
}

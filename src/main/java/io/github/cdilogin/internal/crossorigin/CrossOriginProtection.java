package io.github.cdilogin.internal.crossorigin;

import io.github.cdilogin.CrossSiteRequestException;
import io.github.cdilogin.CrossSiteRequestRefusedEvent;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.cdi.LoginEvents;
import io.github.cdilogin.internal.config.CrossOriginSettings;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that refuses a state change asked for by a page on another site
 * ({@link CrossOriginPolicy} is the rule). Every change the library makes to a login calls
 * {@link #verify} before it touches anything: {@code LoginManager.login}, {@code logout},
 * {@code confirm} and {@code revokeRememberedLogins} now, and each later one (a device's revocation,
 * a change of the auth stamp) the same way, so that nothing is changed in the session or the store by
 * a refused request. With {@code cdi-login.cross-origin-protection=all} the request filter calls it
 * too, for every request with an unsafe method.
 *
 * <p>A refusal fires {@link CrossSiteRequestRefusedEvent} and is logged at {@code FINE} only: any
 * page on the web can cause one, and must not be able to fill the log.
 */
@ApplicationScoped
public class CrossOriginProtection {

    private static final Logger LOG = Logger.getLogger(CrossOriginProtection.class.getName());

    @Inject
    LoginConfiguration configuration;

    @Inject
    LoginEvents events;

    /** {@code null} when the protection is off. */
    private CrossOriginPolicy policy;

    @PostConstruct
    void load() {
        policy = policyFor(configuration.settings());
    }

    /**
     * The protection outside CDI (benchmarks, tests), as the container would make it.
     *
     * @param settings the settings in force
     * @param events where refusals are announced
     * @return the protection those settings ask for
     */
    public static CrossOriginProtection of(LoginSettings settings, LoginEvents events) {
        CrossOriginProtection protection = new CrossOriginProtection();
        protection.events = events;
        protection.policy = policyFor(settings);
        return protection;
    }

    private static CrossOriginPolicy policyFor(LoginSettings settings) {
        return settings.crossOrigin().protection() == CrossOriginSettings.Protection.OFF ? null
                : new CrossOriginPolicy(settings.crossOrigin().trustedOrigins(), settings.protection().trustedProxies());
    }

    /**
     * Lets the request change state, or refuses it. Call it before the change, before anything is
     * read or written that a refusal would have to undo.
     *
     * @param request the request in progress, or {@code null} outside one (a timer, a message: no
     *        browser, nothing to check)
     * @throws CrossSiteRequestException when a page on another site sent the request
     */
    public void verify(HttpServletRequest request) {
        if (policy == null || request == null) {
            return;
        }
        CrossOriginPolicy.Refusal refusal = policy.judge(request);
        if (refusal != null) {
            refuse(request, refusal);
        }
    }

    private void refuse(HttpServletRequest request, CrossOriginPolicy.Refusal refusal) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        LOG.fine(() -> "cdi-login: refused a cross-site " + method + " " + path + ": " + refusal.reason());
        events.fire(new CrossSiteRequestRefusedEvent(method, path, request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin")));
        throw new CrossSiteRequestException(Messages.crossSiteRequest(method, refusal.reason()));
    }
}

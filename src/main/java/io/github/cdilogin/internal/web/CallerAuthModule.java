package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.RememberSettings;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * {@code cdi-login.container-identity=jakarta-security}: tells the container itself who the caller of each
 * request is, so that EJBs ({@code getCallerPrincipal()}, {@code @RolesAllowed}), Jakarta Security's
 * {@code SecurityContext}, JAX-RS and the servlet API all see the cdi-login user: its id as the caller
 * principal, its {@link LoginUser#getRoles() roles} as groups. A plain Jakarta Authentication module,
 * registered for this application alone by {@link LoginInitializer} when the mode is chosen, and only then:
 * a Jakarta Security mechanism bean would exist in every application that has the jar, and switch the
 * platform's whole security machinery on for all of them.
 *
 * <p>The container asks it before any filter, on every request. A request with neither a session id nor a
 * remember cookie (and no {@code RequestLoader} in the application) is anonymous at once: no bean, no
 * session, no user. Any other request asks the request's login, the same request-scoped
 * {@link LoginManager} the rest of the request uses, so the user loader still runs at most once per request;
 * a session that has ended (a logout elsewhere, strong protection, a changed auth stamp, a revoked series)
 * is anonymous from this first question on. An anonymous request passes on as anonymous, and the library's
 * guards and the application decide what it may see. The one answer it writes itself is to a login the
 * container must have and nobody has: the application's {@code request.authenticate(response)} (or a
 * constraint of the container's own), answered as the guards answer (the login view for a page, {@code 401}
 * JSON for an API), so that {@code authenticate} returns {@code false} with the library's answer in the
 * response, rather than {@code true} for nobody (Payara) or the container's own challenge.
 */
final class CallerAuthModule implements ServerAuthModule {

    private static final Logger LOG = Logger.getLogger(CallerAuthModule.class.getName());
    private static final Class<?>[] TYPES = {HttpServletRequest.class, HttpServletResponse.class};
    private static final String[] NO_GROUPS = {};
    private static final String AUTH_TYPE = "jakarta.servlet.http.authType";
    /** The Servlet profile's key: set to "true" when a login is required (authenticate, a constraint). */
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    /**
     * Soteria's mark (GlassFish, Payara, WildFly) on a request while Jakarta Security's
     * {@code SecurityContext.authenticate} asks the container: Payara's own {@code @RolesAllowed} feature for
     * JAX-RS makes that call for every request of a {@code @PermitAll} method, only to fill its security
     * context, and an answer there would refuse nobody an open method.
     */
    private static final String SECURITY_CONTEXT_AUTHENTICATION = "org.glassfish.soteria.security.message.request.authentication";

    /** Writes the guards' answer to a request that needs a login and has none. */
    @FunctionalInterface
    interface Refusal {
        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final LoginTraces traces;
    private final Supplier<LoginManager> login;
    private final Refusal refusal;
    private CallbackHandler handler;

    /**
     * @param remember the remember cookie's settings, for its name
     * @param gate the guards, whose answer a required login nobody has gets
     */
    CallerAuthModule(RememberSettings remember, ServletGate gate) {
        this(new LoginTraces(remember), new LazyBean<>(LoginManager.class)::get,
                (request, response) -> gate.answer(new LoginRequiredException("the container requires a login"),
                        request, response, ServletAnswers.target(request)));
    }

    /**
     * @param remember the remember cookie's settings
     * @param login the request-scoped login's proxy
     * @param requestLoader whether the application's {@code RequestLoader} may find a user in a request
     * @param refusal the answer to a required login nobody has
     */
    CallerAuthModule(RememberSettings remember, Supplier<LoginManager> login, Predicate<HttpServletRequest> requestLoader,
                     Refusal refusal) {
        this(new LoginTraces(remember, requestLoader), login, refusal);
    }

    private CallerAuthModule(LoginTraces traces, Supplier<LoginManager> login, Refusal refusal) {
        this.traces = traces;
        this.login = login;
        this.refusal = refusal;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)
                || !(message.getResponseMessage() instanceof HttpServletResponse response)) {
            return AuthStatus.SUCCESS;
        }
        LoginUser user = traces.mayCarryLogin(request) ? currentUser(request, response) : null;
        if (user == null || user.isAnonymous() || user.getId() == null) {
            if (requiresALogin(message, request)) {
                if (response.isCommitted()) {
                    // No answer can be written any more, and "nobody" here would be authenticate()'s true
                    // with no caller (Payara): a failure is its false (or a ServletException).
                    return AuthStatus.SEND_FAILURE;
                }
                // authenticate() then returns false, and the response is the guards' answer.
                answer(request, response);
                return AuthStatus.SEND_CONTINUE;
            }
            // The Servlet profile's way to say "nobody": a null caller principal, and SUCCESS.
            tell(new CallerPrincipalCallback(client, (Principal) null));
            return AuthStatus.SUCCESS;
        }
        // The Servlet profile's key for what getAuthType() answers, as in the request mode.
        message.getMap().put(AUTH_TYPE, IdentityRequest.AUTH_TYPE);
        Set<String> roles = user.getRoles();
        tell(new CallerPrincipalCallback(client, user.getId()),
                new GroupPrincipalCallback(client, roles == null || roles.isEmpty() ? NO_GROUPS : roles.toArray(NO_GROUPS)));
        return AuthStatus.SUCCESS;
    }

    /**
     * Whether the container must have a caller: the application called {@code request.authenticate} (or
     * a constraint of the container's own protects the resource), and not Jakarta Security's
     * {@code SecurityContext.authenticate}, which only asks who is there.
     */
    private static boolean requiresALogin(MessageInfo message, HttpServletRequest request) {
        return "true".equals(String.valueOf(message.getMap().get(MANDATORY)))
                && request.getAttribute(SECURITY_CONTEXT_AUTHENTICATION) == null;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws AuthException {
        try {
            refusal.answer(request, response);
        } catch (IOException | RuntimeException failed) {
            AuthException failure = new AuthException("cdi-login: the answer to a required login failed: " + failed);
            failure.initCause(failed);
            throw failure;
        }
    }

    /**
     * Asks the request's login, handing the request and response on first as the filter does later, so that
     * a remember cookie can be restored (and rotated) here, in the request's first question.
     */
    private LoginUser currentUser(HttpServletRequest request, HttpServletResponse response) throws AuthException {
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, response);
        try {
            return login.get().currentUser();
        } catch (RuntimeException failed) {
            // The request goes on as anonymous, rather than with the container's error page: the guards
            // refuse what needs a user. One line per request at WARNING (a database outage under the user
            // loader must not fill the log with stack traces); the trace at FINE.
            LOG.warning(() -> "cdi-login: the container could not be told the caller (" + failed.getClass().getName()
                    + "); the request is anonymous");
            LOG.log(Level.FINE, "cdi-login: why the caller is unknown", failed);
            return null;
        } finally {
            CurrentHttpRequest.restore(outer);
        }
    }

    private void tell(Callback... callbacks) throws AuthException {
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException refused) {
            AuthException failure = new AuthException(refused.getMessage());
            failure.initCause(refused);
            throw failure;
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    /**
     * The container's {@code request.logout()}: ends the cdi-login login too, as {@link LoginManager#logout()}
     * does (session, remember cookie, {@code LogoutEvent}), so that the next request is anonymous as well. A
     * {@code LoginManager.logout()} calls the container's logout after its own, when nobody is logged in any
     * more: then there is nothing left to end here. A read-only subject is left as it is: Open Liberty hands
     * over the request's invocation subject, read-only, and a failure here would stop its logout before it
     * forgets the caller.
     */
    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null && !subject.isReadOnly()) {
            subject.getPrincipals().clear();
        }
        LoginManager manager = login.get();
        if (manager.source() != LoginSource.NONE) {
            manager.logout();
        }
    }
}

package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
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
 * is anonymous from this first question on. It never answers a request itself: an anonymous request passes
 * on as anonymous, and the library's guards and the application decide what it may see.
 */
final class CallerAuthModule implements ServerAuthModule {

    private static final Logger LOG = Logger.getLogger(CallerAuthModule.class.getName());
    private static final Class<?>[] TYPES = {HttpServletRequest.class, HttpServletResponse.class};
    private static final String[] NO_GROUPS = {};
    private static final String AUTH_TYPE = "jakarta.servlet.http.authType";

    private final LoginTraces traces;
    private final Supplier<LoginManager> login;
    private CallbackHandler handler;

    /** @param remember the remember cookie's settings, for its name */
    CallerAuthModule(RememberSettings remember) {
        this(new LoginTraces(remember), new LazyBean<>(LoginManager.class)::get);
    }

    /**
     * @param remember the remember cookie's settings
     * @param login the request-scoped login's proxy
     * @param requestLoader whether the application has a {@code RequestLoader}, asked once
     */
    CallerAuthModule(RememberSettings remember, Supplier<LoginManager> login, Supplier<Boolean> requestLoader) {
        this(new LoginTraces(remember, requestLoader), login);
    }

    private CallerAuthModule(LoginTraces traces, Supplier<LoginManager> login) {
        this.traces = traces;
        this.login = login;
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
     * more: then there is nothing left to end here.
     */
    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
        LoginManager manager = login.get();
        if (manager.source() != LoginSource.NONE) {
            manager.logout();
        }
    }
}

package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * The request as the library's filter passes it on in the {@code request} mode of
 * {@code cdi-login.container-identity}: {@link #getUserPrincipal()}, {@link #getRemoteUser()},
 * {@link #isUserInRole(String)} and {@link #getAuthType()} answer from the current user, so servlets,
 * JSP and Faces EL, and a JAX-RS {@code SecurityContext} (Jersey and RESTEasy read the servlet request)
 * see who logged in with cdi-login.
 *
 * <p>Lazy: the user is loaded at the first of these questions, never by the wrapping itself, and a request
 * that cannot carry a login ({@link LoginTraces}: no session, no remember cookie, no {@code RequestLoader})
 * is answered "nobody" without the login being looked up, since GlassFish and Payara ask every request. The user is
 * asked again at every question (the request-scoped login keeps it), so a logout or a login during the
 * request is seen at once.
 *
 * <p>It is also the filter's hand-over of the request and response to the library
 * ({@link CurrentHttpRequest.Exchange}), so that a public request that asks none of these questions
 * costs this one object (32 bytes) and nothing else. As a hand-over it gives the container's request
 * itself, never this wrapper: the library reads the request as it came, and a {@code RequestLoader}
 * asking this wrapper for its principal would ask the login it is loading.
 *
 * <p>Where the container authenticated the request itself (its own security: a realm, Jakarta
 * Security), its principal wins and every answer is the container's.
 */
final class IdentityRequest extends HttpServletRequestWrapper implements CurrentHttpRequest.Exchange {

    /** What {@link #getAuthType()} says for a user of cdi-login. */
    static final String AUTH_TYPE = "cdi-login";

    // With the wrapper's own, five references: with compressed references (heaps under 32 GB) one 32-byte
    // object, which a sixth field would make 40. Hence the principal cached without its user.
    private final HttpServletRequest container;
    private final HttpServletResponse response;
    private final IdentityRequests identity;
    private UserPrincipal principal;

    /**
     * @param request the container's request
     * @param response its response
     * @param identity the request-scoped login (its proxy), asked only when a question comes, and only
     *        for a request that may carry a login
     */
    IdentityRequest(HttpServletRequest request, HttpServletResponse response, IdentityRequests identity) {
        super(request);
        this.container = request;
        this.response = response;
        this.identity = identity;
    }

    /** @return the container's request, as the filter received it (even if the application re-wrapped this one) */
    @Override
    public HttpServletRequest request() {
        return container;
    }

    @Override
    public HttpServletResponse response() {
        return response;
    }

    @Override
    public Principal getUserPrincipal() {
        Principal container = super.getUserPrincipal();
        if (container != null) {
            return container;
        }
        LoginUser user = user();
        if (user == null) {
            return null;
        }
        // One principal per id, not one per question; a login of another user during the request gets its own.
        UserPrincipal known = principal;
        if (known == null || !known.name().equals(user.getId())) {
            known = new UserPrincipal(user.getId());
            principal = known;
        }
        return known;
    }

    @Override
    public String getRemoteUser() {
        if (super.getUserPrincipal() != null) {
            return super.getRemoteUser();
        }
        LoginUser user = user();
        return user == null ? null : user.getId();
    }

    @Override
    public boolean isUserInRole(String role) {
        if (super.getUserPrincipal() != null) {
            return super.isUserInRole(role);
        }
        if (role == null) {
            return false;
        }
        LoginUser user = user();
        if (user == null) {
            return false;
        }
        // "**" is the Servlet specification's role of every authenticated user.
        if (role.equals("**")) {
            return true;
        }
        var roles = user.getRoles();
        return roles != null && roles.contains(role);
    }

    @Override
    public String getAuthType() {
        if (super.getUserPrincipal() != null) {
            return super.getAuthType();
        }
        return user() == null ? null : AUTH_TYPE;
    }

    /**
     * {@code true} for a cdi-login user, whose principal this request already presents, as the Servlet
     * specification asks of a request whose {@code getUserPrincipal} is established. Nobody logged in:
     * {@code false}, the response untouched: the library's login is the application's own, so there is no
     * container challenge to send (Payara's {@code @PermitAll} handling calls this on every request of an
     * open method and would otherwise answer a container's {@code 401 Basic}); a page asks for a login with
     * {@code @LoginRequired}. Where the container authenticated the request itself, it answers.
     */
    @Override
    public boolean authenticate(HttpServletResponse response) throws IOException, ServletException {
        if (super.getUserPrincipal() != null) {
            return super.authenticate(response);
        }
        return user() != null;
    }

    /**
     * The platform's logout ends the cdi-login login too ({@link LoginManager#logout()}: the session,
     * the remember cookie, a {@code LogoutEvent}), so that the principal is {@code null} afterwards, as the
     * Servlet specification says, and not only until the next request. Where the container authenticated
     * the request itself, only its own login ends; with nobody logged in there is nothing to end.
     */
    @Override
    public void logout() throws ServletException {
        if (super.getUserPrincipal() != null) {
            super.logout();
        } else if (user() != null) {
            identity.login().logout();
        }
    }

    /** @return the logged-in user, or {@code null} for nobody (the anonymous user, an inactive one, no request context) */
    private LoginUser user() {
        if (!identity.mayCarryLogin(container)) {
            return null;
        }
        LoginUser user;
        try {
            user = identity.login().currentUser();
        } catch (ContextNotActiveException noRequestContext) {
            // Another thread of an asynchronous request: nobody can be logged in there.
            return null;
        }
        return user != null && user.isAuthenticated() && !user.isAnonymous() && user.getId() != null ? user : null;
    }

    /** The principal of a cdi-login user: its id as the name, equal for equal ids. */
    record UserPrincipal(String name) implements Principal {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}

package io.github.cdilogin;

/**
 * A page on another site sent this request, and it asked for a change only the application's own
 * pages may ask for: logging in, logging out, confirming a login, revoking remembered logins.
 * Nothing was changed: the session, its id and the remember-token store are as they were.
 *
 * <p>This is <em>login CSRF</em>: a form on another site posts the attacker's credentials to the
 * login form, and the victim's browser ends up logged in as the attacker (then types a card number or
 * a private note into the attacker's account); a cross-site logout or re-authentication is the same
 * fault. Flask-Login leaves it to Flask-WTF's {@code CSRFProtect}, which puts a token in every form.
 * cdi-login needs no token: browsers say where a request comes from ({@code Sec-Fetch-Site}, and
 * {@code Origin} in older ones), so {@link LoginManager#login}, {@link LoginManager#logout},
 * {@link LoginManager#confirm} and {@link LoginManager#revokeRememberedLogins} check the request
 * first, as Go's {@code net/http.CrossOriginProtection} does: an unsafe method (not GET, HEAD or
 * OPTIONS) with {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or without it
 * but with an {@code Origin} other than the request's own (or one of
 * {@code cdi-login.trusted-origins}), is refused. A request with neither header (curl, a server)
 * passes: no browser sent it. {@code cdi-login.cross-origin-protection=all} applies the same rule
 * to every request with an unsafe method; {@code off} turns it off.
 *
 * <p>The library's filters answer it with {@code 403} ({@code {"error":"cross-site request"}} to a
 * client that wants JSON and to JAX-RS resources), and fire {@link CrossSiteRequestRefusedEvent}.
 * Code that must answer otherwise catches it around the call:
 * <pre>{@code
 * try {
 *     loginManager.login(user);
 * } catch (CrossSiteRequestException e) {
 *     response.sendError(403, "Please log in from our own login page");
 *     return;
 * }
 * }</pre>
 */
public class CrossSiteRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused, without any header value or user data
     */
    public CrossSiteRequestException(String message) {
        super(message, null, false, false);
    }
}

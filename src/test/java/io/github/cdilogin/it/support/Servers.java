package io.github.cdilogin.it.support;

/**
 * The server the container suite runs on (failsafe's {@code arquillian.launch}, one per profile), for the
 * few answers that are the server's own and not the library's: each test that asks says why.
 */
public final class Servers {

    private Servers() {
    }

    private static boolean liberty() {
        return "liberty".equals(System.getProperty("arquillian.launch"));
    }

    /**
     * @return whether the server reads a request's method without regard to case: Open Liberty's HTTP
     *         channel hands {@code options} to the application as {@code OPTIONS}, so the library (and the
     *         servlet) see an {@code OPTIONS} request and answer it as one
     */
    public static boolean readsMethodsCaseInsensitively() {
        return liberty();
    }

    /**
     * @return whether the server rewrites a {@code Set-Cookie} header the application wrote: Open Liberty
     *         writes every cookie itself and turns {@code Max-Age} into {@code Expires} (which the library
     *         writes too, so the lifetime a browser keeps is the same)
     */
    public static boolean dropsCookieMaxAge() {
        return liberty();
    }

    /**
     * @return whether {@link io.github.cdilogin.test.TestLogins#sessionCookie} cannot name the session's cookie:
     *         Open Liberty's {@code JSESSIONID} carries a cache id before the session's id (and a clone id
     *         after it), so a cookie of the bare id finds no session there
     */
    public static boolean sessionCookieIsNotTheSessionId() {
        return liberty();
    }

    /**
     * @return whether the web container asks the request for its principal before every servlet (and
     *         filter) it calls: GlassFish's and Payara's {@code J2EEInstanceListener} does, to carry the
     *         principal of a wrapper that overrides {@code getUserPrincipal} to EJBs; so there, in the
     *         {@code request} mode of {@code cdi-login.container-identity}, a request with a login loads its
     *         user once even when the application never asks
     */
    public static boolean asksForThePrincipalBeforeEveryServlet() {
        String server = System.getProperty("arquillian.launch");
        return "payara-micro".equals(server) || "glassfish-embedded".equals(server);
    }

    /**
     * @return whether the server's own {@code @RolesAllowed} filter for JAX-RS refuses a cdi-login user
     *         who holds the role: Payara 7's (MicroProfile JWT's {@code RolesAllowedRequestFilter}, active
     *         in every application, after the library's) asks Jakarta Security for the caller, which in the
     *         {@code request} mode of {@code cdi-login.container-identity} knows nobody there, and answers
     *         with its own {@code 401} page; Payara 6 passes the same request (it carries the request's
     *         principal into its security context before the servlet runs)
     */
    public static boolean refusesRolesAllowedToALibraryUser() {
        String jar = System.getProperty("payara.microJar", "");
        return "payara-micro".equals(System.getProperty("arquillian.launch")) && jar.contains("payara-micro-7.");
    }

    /**
     * @return whether {@code request.authenticate(response)} cannot carry the library's login redirect for an
     *         anonymous page request in the {@code jakarta-security} mode of {@code cdi-login.container-identity}:
     *         Open Liberty turns a Jakarta Authentication module's {@code SEND_CONTINUE} with a {@code 302}
     *         (also {@code 303}, {@code 307}) into its own redirect to the web.xml's FORM login page, and with
     *         none fails ({@code IllegalArgumentException: Location cannot be null}, a {@code 500});
     *         a {@code 401} (the API's answer) it passes on. A known defect, not an accepted answer
     */
    public static boolean cannotRedirectFromAuthenticate() {
        return liberty();
    }

    /**
     * @return whether {@code request.authenticate(response)} on a committed response throws an
     *         {@code IllegalStateException} before any login mechanism is asked, for a caller too: WildFly's
     *         Undertow does (the Servlet specification allows it); the others ask the library's module, which
     *         answers a caller as at any time
     */
    public static boolean refusesAuthenticateOnACommittedResponse() {
        return "wildfly".equals(System.getProperty("arquillian.launch"));
    }

    /**
     * @return whether the server implements Jakarta EE 9.1, not 10: TomEE 9 has Jakarta Authentication 2.0,
     *         without {@code AuthConfigFactory.registerServerAuthModule}, so the {@code jakarta-security} mode of
     *         {@code cdi-login.container-identity} fails the deployment there (CDILOGIN-017) and its test does
     *         not run
     */
    public static boolean lacksJakartaAuthentication30() {
        return tomee();
    }

    /**
     * @return whether the JAX-RS {@code SecurityContext.getAuthenticationScheme()} does not answer the servlet
     *         request's {@code getAuthType()}: TomEE's CXF derives it from the request's {@code Authorization}
     *         header alone (none here, so {@code null}); the principal and the roles still come from the request
     */
    public static boolean jaxRsSchemeIsNotTheAuthType() {
        return tomee();
    }

    /**
     * @return whether the server's Faces is 3.0 (TomEE 9's MyFaces), which knows the tag libraries only by their
     *         {@code http://xmlns.jcp.org/jsf/...} names: a page in Faces 4.0's {@code jakarta.faces.html} names is
     *         sent as it is written, its tags not rendered (no view state)
     */
    public static boolean facesKnowsOnlyTheJcpNamespaces() {
        return tomee();
    }

    private static boolean tomee() {
        return "tomee".equals(System.getProperty("arquillian.launch"));
    }
}

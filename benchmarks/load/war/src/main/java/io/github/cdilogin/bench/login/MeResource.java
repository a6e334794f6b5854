package io.github.cdilogin.bench.login;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/me}: guarded by cdi-login; names the user, however they logged in. */
@Path("me")
@RequestScoped
@LoginRequired
public class MeResource {

    private static final String REMEMBER = "remember_token=";

    @Inject
    @CurrentUser
    BenchUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        return "{\"id\":\"" + user.getId() + "\"}";
    }

    /**
     * {@code /api/me/principal}: the name the platform gives the request's caller ({@code -} for none),
     * so that a run can see which {@code cdi-login.container-identity} mode its server is in.
     */
    @GET
    @Path("principal")
    @Produces(MediaType.TEXT_PLAIN)
    public String principal(@Context HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
    }

    /**
     * {@code /api/me/remembered}: the same answer, for the remember-cookie run, whose client sends only
     * a remember cookie. wrk's Lua sees one header of a name, and a restore sets two cookies, so the
     * rotated remember value is repeated in {@code X-Remember}. The client never sends back the session
     * the restore started, so it is dropped: thousands a second, kept for the session timeout, would
     * fill the heap and slow every later run.
     */
    @GET
    @Path("remembered")
    @Produces(MediaType.APPLICATION_JSON)
    public Response remembered(@Context HttpServletRequest request, @Context HttpServletResponse response) {
        Response.ResponseBuilder answer = Response.ok(me());
        for (String cookie : response.getHeaders("Set-Cookie")) {
            if (cookie.startsWith(REMEMBER)) {
                answer.header("X-Remember", cookie.substring(REMEMBER.length(), cookie.indexOf(';')));
            }
        }
        HttpSession started = request.getSession(false);
        if (started != null) {
            started.invalidate();
        }
        return answer.build();
    }
}

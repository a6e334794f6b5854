package io.github.cdilogin.bench.login;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/me}: guarded by cdi-login; names the user, however they logged in. The remember-cookie
 * run asks {@code /api/me/remembered}, the same answer behind the benchmark's {@link RememberEcho}, so
 * that the other runs do not pass through that filter.
 */
@Path("me")
@RequestScoped
@LoginRequired
public class MeResource {

    @Inject
    @CurrentUser
    BenchUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        return "{\"id\":\"" + user.getId() + "\"}";
    }

    @GET
    @Path("remembered")
    @Produces(MediaType.APPLICATION_JSON)
    public String remembered() {
        return me();
    }
}

package io.github.cdilogin.bench.login;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/me}: guarded by cdi-login; names the user, however they logged in. */
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
}

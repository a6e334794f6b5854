package io.github.cdilogin.bench.jsec;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/guarded}: guarded by Jakarta Security; names the caller. */
@Path("guarded")
@RequestScoped
public class GuardedResource {

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed("user")
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        return "{\"id\":\"" + security.getUserPrincipal().getName() + "\"}";
    }
}

package io.github.cdilogin.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/public}: anonymous, uses no login. The same class in the three WARs. */
@Path("public")
@RequestScoped
public class PublicResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String everybody() {
        return "{\"public\":true}";
    }
}

package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public: what the tests read about the application (run counts, refusals). */
@Path("probe")
@RequestScoped
public class Probe {

    @Inject
    Ran ran;

    @Inject
    Refusals refusals;

    @GET
    @Path("ran/{what}")
    @Produces(MediaType.TEXT_PLAIN)
    public String ran(@PathParam("what") String what) {
        return Integer.toString(ran.count(what));
    }

    @GET
    @Path("refusals")
    @Produces(MediaType.TEXT_PLAIN)
    public String refusals() {
        return String.join("\n", refusals.targets());
    }
}

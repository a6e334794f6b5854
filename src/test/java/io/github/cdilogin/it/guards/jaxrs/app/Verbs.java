package io.github.cdilogin.it.guards.jaxrs.app;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Guarded resources for the HTTP methods the JAX-RS door sees: OPTIONS, HEAD, odd and unknown verbs. */
public final class Verbs {

    private Verbs() {
    }

    /** A guarded GET and no {@code @OPTIONS}: the runtime answers OPTIONS itself. */
    @Path("guarded")
    @LoginRequired
    @RequestScoped
    public static class Guarded {
        @Inject
        Ran ran;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read() {
            ran.ran("guarded.get");
            return "guarded";
        }
    }

    /** A guarded resource with an explicit {@code @OPTIONS} method: application code, so guarded. */
    @Path("guarded-options")
    @LoginRequired
    @RequestScoped
    public static class GuardedWithOptions {
        @Inject
        Ran ran;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read() {
            ran.ran("guarded-options.get");
            return "guarded";
        }

        @OPTIONS
        public Response options() {
            ran.ran("guarded-options.options");
            return Response.ok("options").header("Allow", "GET, HEAD, OPTIONS").build();
        }
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JAX-RS form of the {@code 401} answer, and of the {@code 403} of a missing role. */
final class JsonRefusals {

    private JsonRefusals() {
    }

    static Response of(Verdict verdict, LoginSettings settings) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("WWW-Authenticate", settings.guards().wwwAuthenticate())
                .header("Cache-Control", "no-store")
                .entity(verdict.json())
                .build();
    }

    /** @return {@code 403} {@code {"error":"forbidden"}}: logged in, without any role the resource allows */
    static Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity("{\"error\":\"forbidden\"}")
                .build();
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.guard.Verdict;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JAX-RS form of the {@code 401} answer. */
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
}

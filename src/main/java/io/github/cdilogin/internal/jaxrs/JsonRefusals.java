package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.guard.Refusal;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.core.Response;

/** The JAX-RS form of the library's refusals ({@link Refusal}): always JSON, never a redirect. */
final class JsonRefusals {

    private JsonRefusals() {
    }

    /** @return the guard's refusal: {@code 401} JSON with the challenge */
    static Response of(Verdict verdict, LoginSettings settings) {
        return of(Refusal.of(verdict), settings);
    }

    static Response of(Refusal refusal, LoginSettings settings) {
        Response.ResponseBuilder answer = Response.status(refusal.status()).type(Refusal.JSON).entity(refusal.json());
        refusal.headers(settings.guards().wwwAuthenticate()).forEach(answer::header);
        return answer.build();
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.guard.Refusal;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The JAX-RS form of the library's refusals ({@link Refusal}): always JSON, never a redirect. Its body is a
 * {@code String} of the type {@link Refusal#JSON}, with no charset of its own to negotiate: the runtime writes it
 * as JSON is written (UTF-8), whatever the client asks in {@code Accept-Charset}.
 */
final class JsonRefusals {

    private JsonRefusals() {
    }

    /** @return the guard's refusal: {@code 401} JSON with the challenge */
    static Response of(Verdict verdict, LoginSettings settings) {
        return of(Refusal.of(verdict), settings);
    }

    static Response of(Refusal refusal, LoginSettings settings) {
        Response.ResponseBuilder answer = Response.status(refusal.status()).type(Refusal.JSON).entity(refusal.json());
        headers(refusal, settings).forEach(answer::header);
        return answer.build();
    }

    /**
     * @return the refusal's headers with the configured challenge; without one (settings made without it) a
     *         {@code 401} is sent without its challenge, never a {@code 500}
     */
    static Map<String, String> headers(Refusal refusal, LoginSettings settings) {
        return refusal.headers(settings.guards().wwwAuthenticate());
    }
}

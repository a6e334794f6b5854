package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.CrossSiteRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A resource called {@code LoginManager.login} (or another state change) for a request a page on
 * another site sent: {@code 403} JSON, not a {@code 500}. Nothing was changed.
 */
public class CrossSiteRequestExceptionMapper implements ExceptionMapper<CrossSiteRequestException> {

    private static final String JSON = "{\"error\":\"cross-site request\"}";

    @Override
    public Response toResponse(CrossSiteRequestException refused) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(JSON)
                .build();
    }
}

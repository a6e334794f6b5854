package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.CrossSiteRequestException;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A resource called {@code LoginManager.login} (or another state change) for a request a page on
 * another site sent: {@code 403} JSON, not a {@code 500}. Nothing was changed.
 */
public class CrossSiteRequestExceptionMapper implements ExceptionMapper<CrossSiteRequestException> {

    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);

    @Override
    public Response toResponse(CrossSiteRequestException refused) {
        return JsonRefusals.of(Refusal.CROSS_SITE, configuration.get().settings());
    }
}

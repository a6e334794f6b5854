package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.FreshLoginRequiredException;
import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Verdict;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A guarded CDI bean called from a resource, or a guarded sub-resource locator that the interceptor
 * refused while the runtime matched the request, refused the call: {@code 401} JSON, not a {@code 500}.
 */
public class LoginRequiredExceptionMapper implements ExceptionMapper<LoginRequiredException> {

    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);

    @Override
    public Response toResponse(LoginRequiredException refused) {
        Verdict verdict = refused instanceof FreshLoginRequiredException ? Verdict.NEEDS_REFRESH : Verdict.UNAUTHORIZED;
        return JsonRefusals.of(verdict, configuration.get().settings());
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.Refusal;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * An EJB the container refused to call for the request's caller ({@code @RolesAllowed}, {@code @DenyAll} on
 * the bean) answers like the guards do, not with the container's error page: {@code 401} JSON when
 * nobody is logged in, {@code 403} {@code {"error":"forbidden"}} for a caller the platform sees or who has a
 * cdi-login login ({@link Guard#ejbRefusal}). Installed only where the server has Jakarta Enterprise Beans
 * ({@link JaxRsGuards}).
 */
public class EjbRefusalMapper implements ExceptionMapper<EJBAccessException> {

    private final LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);
    private final LazyBean<Guard> guard = new LazyBean<>(Guard.class);

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException refused) {
        Refusal refusal = guard.get().ejbRefusal(security == null ? null : security.getUserPrincipal());
        return JsonRefusals.of(refusal, configuration.get().settings());
    }
}

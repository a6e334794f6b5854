package io.github.cdilogin.bench.jsec;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The Jakarta Security comparison: a custom mechanism whose login ({@code /jsec-login?user=u1})
 * the container keeps in the session ({@code @AutoApplySession}); {@code /api/guarded} is
 * {@code @RolesAllowed("user")}.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles("user")
public class BenchMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String user = request.getParameter("user");
        if (user != null && request.getRequestURI().endsWith("/jsec-login")) {
            return context.notifyContainerAboutLogin(user, Set.of("user"));
        }
        return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
}

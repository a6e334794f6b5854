package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginRequiredException;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An EJB the container refused to call for the request's caller ({@code EJBAccessException}: {@code @RolesAllowed},
 * {@code @DenyAll} on the bean) that reaches the library's filter from a servlet: answered as the guards
 * answer, not with the container's error page. A caller the platform knows, or one with a cdi-login login the
 * container does not know, gets {@link Refusal#FORBIDDEN} ({@link Guard#ejbRefusal}); nobody gets the guards'
 * own answer (the login view for a page, {@code 401} JSON for an API). The exception is recognised by its class
 * name, so that a server without Jakarta Enterprise Beans loads nothing of it.
 */
final class EjbRefusals {

    private static final String ACCESS_REFUSED = "jakarta.ejb.EJBAccessException";

    private EjbRefusals() {
    }

    /** Containers wrap what a servlet throws (ServletException, EJBException, ...): looks along the causes. */
    static boolean in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            for (Class<?> type = t.getClass(); type != null && type != Throwable.class; type = type.getSuperclass()) {
                if (type.getName().equals(ACCESS_REFUSED)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param presented the request as the application saw it (its principal is the platform's view)
     * @param request the container's request
     * @param response its response, not committed
     */
    static void answer(ServletGate gate, HttpServletRequest presented, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (gate.ejbRefusal(presented.getUserPrincipal()) == Refusal.FORBIDDEN) {
            ServletRefusals.write(Refusal.FORBIDDEN, null, response);
        } else {
            gate.answer(new LoginRequiredException("an EJB refused the anonymous caller"), request, response,
                    ServletAnswers.target(request));
        }
    }
}

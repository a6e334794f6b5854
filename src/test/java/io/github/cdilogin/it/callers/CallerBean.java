package io.github.cdilogin.it.callers;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;

/** An EJB that says who its caller is, and a method for admins only that counts its runs. */
@Stateless
public class CallerBean {

    /** How often {@link #adminOnly} ran: a refused call must not move it. */
    static final AtomicInteger ADMIN_RUNS = new AtomicInteger();

    @Resource
    SessionContext context;

    /**
     * Open to all: WildFly refuses a method without permissions on a bean that has some
     * ({@code default-missing-method-permissions-deny-access}).
     *
     * @return the container's caller principal's name, and whether the caller is in the role admin
     */
    @PermitAll
    public String caller() {
        Principal caller = context.getCallerPrincipal();
        return "caller=" + (caller == null ? null : caller.getName()) + " admin=" + context.isCallerInRole("admin");
    }

    /** @return a fixed answer, counted */
    @RolesAllowed("admin")
    public String adminOnly() {
        ADMIN_RUNS.incrementAndGet();
        return "admin ejb ran";
    }
}

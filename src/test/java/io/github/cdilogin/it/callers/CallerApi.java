package io.github.cdilogin.it.callers;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.Principal;

/** Jakarta Security's {@code SecurityContext} and the EJB, seen from a JAX-RS resource (under the identity app's {@code api}). */
@Path("caller")
@RequestScoped
public class CallerApi {

    @Inject
    SecurityContext security;

    @EJB
    CallerBean bean;

    /** @return what Jakarta Security says of the caller */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String caller() {
        Principal caller = security.getCallerPrincipal();
        return "caller=" + (caller == null ? null : caller.getName()) + " admin=" + security.isCallerInRole("admin");
    }

    /** @return what the EJB says of the caller, called from JAX-RS */
    @GET
    @Path("ejb")
    @Produces(MediaType.TEXT_PLAIN)
    public String ejb() {
        return bean.caller();
    }

    /** @return the EJB's admin-only method's answer; the container's refusal is the library's to answer */
    @GET
    @Path("admin")
    @Produces(MediaType.TEXT_PLAIN)
    public String admin() {
        return bean.adminOnly();
    }
}

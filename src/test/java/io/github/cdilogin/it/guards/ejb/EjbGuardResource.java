package io.github.cdilogin.it.guards.ejb;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An unguarded resource that calls the guarded EJB: a refusal reaches JAX-RS inside the container's exception. */
@Path("ejb-guard")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class EjbGuardResource {

    @EJB
    MemberReports reports;

    /** @return the EJB's members-only answer */
    @GET
    @Path("members")
    public String members() {
        return reports.forMembers();
    }

    /** @return the EJB's fresh-login-only answer */
    @GET
    @Path("fresh")
    public String fresh() {
        return reports.forFreshLogins();
    }
}

package io.github.cdilogin.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/baseline}: the floor of any session login, written by hand: {@code getSession(false)}
 * and one attribute read. {@link BaselineLogin} puts the attribute there.
 */
@Path("baseline")
@RequestScoped
public class BaselineResource {

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response me() {
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(BaselineLogin.ATTRIBUTE);
        if (user == null) {
            return Response.status(401).entity("{\"error\":\"unauthorized\"}").build();
        }
        return Response.ok("{\"id\":\"" + user + "\"}").build();
    }
}

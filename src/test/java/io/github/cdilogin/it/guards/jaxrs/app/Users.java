package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A sub-resource with no guard of its own, as locators return it ({@code new Users(...)}): whatever
 * guards it must come from the resources and locators that lead to it.
 */
public class Users {

    private final Ran ran;
    private final String via;

    public Users(Ran ran, String via) {
        this.ran = ran;
        this.via = via;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String list() {
        ran.ran(via + ".users");
        return "users via " + via;
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String add() {
        ran.ran(via + ".users.add");
        return "added via " + via;
    }

    @DELETE
    @Produces(MediaType.TEXT_PLAIN)
    public String clear() {
        ran.ran(via + ".users.clear");
        return "cleared via " + via;
    }
}

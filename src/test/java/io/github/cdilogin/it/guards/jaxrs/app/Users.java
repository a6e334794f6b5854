package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.ws.rs.GET;
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
}

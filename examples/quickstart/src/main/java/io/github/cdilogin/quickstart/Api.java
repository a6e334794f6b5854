package io.github.cdilogin.quickstart;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;

/**
 * The JSON API under {@code /api}. The same guards as the pages, but an API never redirects: the
 * library answers {@code 401 {"error":"unauthorized"}} (or {@code "fresh login required"}) instead.
 * Clients log in with the session cookie of the pages, or send {@code Authorization: Bearer <token>}
 * ({@link BearerTokens}).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Api {

    /** Serves the resources of this application under {@code /api}. */
    @ApplicationPath("api")
    public static class Config extends Application {
    }

    /**
     * Made once: each {@code Json.createObjectBuilder()} looks the JSON-P provider up again through a
     * {@code ServiceLoader}, which was a sixth to a third of a request's time in a profile on Payara.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    /** The user of this request, as the UserLoader or RequestLoader returned it; null when anonymous. */
    @Inject
    @CurrentUser
    User user;

    @Inject
    LoginManager loginManager;

    @GET
    @Path("me")
    @LoginRequired
    public JsonObject me() {
        return JSON.createObjectBuilder()
                .add("id", user.getId())
                .add("name", user.name())
                .add("fresh", loginManager.isFresh())
                .add("remembered", loginManager.isRemembered())
                .add("source", loginManager.source().name().toLowerCase(Locale.ROOT))
                .build();
    }

    @GET
    @Path("fresh")
    @FreshLoginRequired
    public JsonObject fresh() {
        return JSON.createObjectBuilder().add("id", user.getId()).build();
    }

    @GET
    @Path("public")
    public JsonObject everybody() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        return (user == null ? json.addNull("user") : json.add("user", user.getId())).build();
    }

    /**
     * What the platform sees of the user, read through its own API and never through the library's:
     * cdi-login presents the request with the current user as its principal
     * ({@code cdi-login.container-identity=request} in {@code web.xml}), and JAX-RS reads the servlet request.
     */
    @GET
    @Path("whoami")
    public JsonObject whoami(@Context SecurityContext security, @Context HttpServletRequest request) {
        Principal principal = security.getUserPrincipal();
        JsonObjectBuilder json = JSON.createObjectBuilder();
        json = principal == null ? json.addNull("principal") : json.add("principal", principal.getName());
        String remoteUser = request.getRemoteUser();
        json = remoteUser == null ? json.addNull("remoteUser") : json.add("remoteUser", remoteUser);
        return json.add("admin", security.isUserInRole("admin")).build();
    }

    /** Admins only: anonymous clients get 401, other users 403, both as JSON, from the library. */
    @GET
    @Path("admin")
    @RolesAllowed("admin")
    public JsonObject admin(@Context SecurityContext security) {
        return JSON.createObjectBuilder().add("id", user.getId()).add("admin", security.isUserInRole("admin")).build();
    }
}

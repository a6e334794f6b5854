package io.github.cdilogin.example.jpa;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * The JSON API under {@code /api}, with the session cookie of the pages (or the remember cookie). An API
 * never redirects: cdi-login answers an anonymous {@code /api/me} with {@code 401 {"error":"unauthorized"}}.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Api {

    /** Serves the resources of this application under {@code /api}. */
    @ApplicationPath("api")
    public static class Config extends Application {
    }

    /** Made once: each {@code Json.createObjectBuilder()} would look the JSON-P provider up again. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    /** The user of this request, as {@link Users} loaded it from the database; null when anonymous. */
    @Inject
    @CurrentUser
    User user;

    @Inject
    LoginManager loginManager;

    /** {@code {"id":"alice","name":"Alice","fresh":true,"remembered":false,"source":"session"}}. */
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

    /** {@code {"user":null}} or {@code {"user":"alice"}}; a public request reads the database only when it has a login. */
    @GET
    @Path("public")
    public JsonObject everybody() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        return (user == null ? json.addNull("user") : json.add("user", user.getId())).build();
    }
}

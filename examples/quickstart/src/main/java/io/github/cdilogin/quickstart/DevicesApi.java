package io.github.cdilogin.quickstart;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.RememberedDevice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The user's remembered devices as JSON: {@code GET /api/devices} lists them, newest first, and
 * {@code POST /api/devices/{id}/revoke} logs one out ({@code 204}; {@code 404} when the id is not one
 * of this user's devices).
 */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@LoginRequired
public class DevicesApi {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    LoginManager loginManager;

    @GET
    public JsonObject list() {
        JsonArrayBuilder devices = JSON.createArrayBuilder();
        for (RememberedDevice device : loginManager.devices()) {
            devices.add(JSON.createObjectBuilder()
                    .add("id", device.id())
                    .add("current", device.current())
                    .add("created", device.createdAt().toString())
                    .add("lastUsed", device.lastUsed().toString())
                    .add("agent", device.agent()));
        }
        return JSON.createObjectBuilder().add("devices", devices).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") String id) {
        return loginManager.revokeDevice(id) ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).entity(JSON.createObjectBuilder().add("error", "not found").build())
                        .build();
    }
}

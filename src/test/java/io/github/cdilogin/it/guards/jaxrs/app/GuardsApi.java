package io.github.cdilogin.it.guards.jaxrs.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application of the guard matrix, under {@code /api}; its classes are found by scanning. */
@ApplicationPath("api")
public class GuardsApi extends Application {
}

package io.github.cdilogin.it.guards.jaxrs.listed;

import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.it.guards.jaxrs.app.Ran;
import io.github.cdilogin.it.guards.jaxrs.app.Users;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The resources {@link ListedApi} lists. The guarded ones are not CDI beans (no bean-defining
 * annotation), so no interceptor stands behind them: only the JAX-RS guard can refuse.
 */
public final class ListedResources {

    private ListedResources() {
    }

    private static Ran ran() {
        return CDI.current().select(Ran.class).get();
    }

    /** Listed in {@code getClasses()}. */
    @Path("guarded")
    @LoginRequired
    public static class Guarded {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read() {
            ran().ran("listed.get");
            return "listed";
        }

        @Path("users")
        public Users users() {
            ran().ran("listed.locator");
            return new Users(ran(), "listed");
        }
    }

    /**
     * Listed in {@code getSingletons()}: an instance the application made, which no interceptor wraps, so
     * only the JAX-RS guard stands before it and before the sub-resources of its locator.
     */
    @Path("singleton")
    @LoginRequired
    public static class GuardedSingleton {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read() {
            ran().ran("singleton.get");
            return "singleton";
        }

        @Path("users")
        public Users users() {
            ran().ran("singleton.locator");
            return new Users(ran(), "singleton");
        }
    }

    /**
     * Listed in {@code getSingletons()}, public: its locator leads to {@link Audit}, whose method only an
     * auditor may call (nobody here is one). Apache CXF models such a sub-resource at its first request.
     */
    @Path("open-singleton")
    public static class OpenSingleton {
        @Path("audit")
        public Audit audit() {
            ran().ran("open.locator");
            return new Audit();
        }
    }

    /** A sub-resource whose method {@code @RolesAllowed} restricts: the roles door must stand before it. */
    public static class Audit {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        @RolesAllowed("auditor")
        public String read() {
            ran().ran("open.audit");
            return "audit";
        }
    }

    /**
     * Listed in {@code getClasses()}, public: its locator is declared to return the interface {@link Report},
     * and returns {@link GuardedReport}, whose class alone carries the guard (not a CDI bean: no interceptor).
     */
    @Path("declared")
    public static class Declared {
        @Path("report")
        public Report report() {
            ran().ran("declared.locator");
            return new GuardedReport();
        }
    }

    /** What {@link Declared}'s locator declares: no guard here. */
    public interface Report {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        String read();
    }

    /** The class the locator returns: the guard is on it only. */
    @LoginRequired
    public static class GuardedReport implements Report {
        @Override
        public String read() {
            ran().ran("declared.report");
            return "report";
        }
    }
}

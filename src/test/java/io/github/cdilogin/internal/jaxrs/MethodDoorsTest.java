package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link MethodDoors}: which doors a resource method gets, the same whether the runtime asks when it builds
 * the method's model ({@link JaxRsGuardFeature}) or at a request Apache CXF modelled late
 * ({@link CxfSubResourceGuard}).
 */
class MethodDoorsTest {

    public static class Reports {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("admin")
        @RolesAllowed("admin")
        public String admin() {
            return "";
        }

        @GET
        @Path("closed")
        @DenyAll
        public String closed() {
            return "";
        }

        @Path("sub")
        public Reports locator() {
            return this;
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    private static MethodDoors doorsOf(String method) throws NoSuchMethodException {
        return MethodDoors.of(Reports.class, Reports.class.getMethod(method),
                new LazyBean<>(Guard.class), new LazyBean<>(LoginConfiguration.class));
    }

    @Test
    void everyApplicationResourceMethodGetsTheLoginGuardPublicOnesIncluded() throws Exception {
        MethodDoors doors = doorsOf("list");
        assertNotNull(doors.login(), "a public class may be reached through a guarded locator");
        assertNull(doors.roles());
    }

    @Test
    void aMethodThatRestrictsRolesGetsTheRolesFilterBehindTheLoginGuard() throws Exception {
        assertNotNull(doorsOf("admin").login());
        assertNotNull(doorsOf("admin").roles());
        assertNotNull(doorsOf("closed").roles(), "@DenyAll is a restriction to no role");
    }

    @Test
    void locatorsAndMethodsWithoutAnHttpMethodGetNoDoors() throws Exception {
        assertSame(MethodDoors.NONE, doorsOf("locator"), "the sub-resource's method gets the doors, reading the locator");
        assertSame(MethodDoors.NONE, doorsOf("notAResourceMethod"));
    }

    @Test
    void aMethodTheRuntimeCannotNameGetsNoDoors() {
        LazyBean<Guard> guard = new LazyBean<>(Guard.class);
        LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);
        assertSame(MethodDoors.NONE, MethodDoors.of(null, null, guard, configuration));
        assertSame(MethodDoors.NONE, MethodDoors.of(Reports.class, null, guard, configuration));
    }
}

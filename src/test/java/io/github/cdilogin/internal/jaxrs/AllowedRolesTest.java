package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link AllowedRoles}: the method's own annotation first, then its class's, as the Common Annotations say. */
class AllowedRolesTest {

    @RolesAllowed({"admin", "auditor"})
    static class AdminResource {
        public void inherited() {
        }

        @RolesAllowed("root")
        public void own() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    @PermitAll
    static class OpenResource {
        @RolesAllowed("admin")
        public void restricted() {
        }

        public void open() {
        }
    }

    static class PlainResource {
        public void plain() {
        }
    }

    @DenyAll
    static class ClosedResource {
        public void closed() {
        }
    }

    private static Set<String> roles(Class<?> type, String method) throws NoSuchMethodException {
        return AllowedRoles.of(type, type.getMethod(method));
    }

    @Test
    void aMethodInheritsItsClassesRoles() throws Exception {
        assertEquals(Set.of("admin", "auditor"), roles(AdminResource.class, "inherited"));
    }

    @Test
    void aMethodsOwnRolesReplaceItsClasses() throws Exception {
        assertEquals(Set.of("root"), roles(AdminResource.class, "own"));
        assertEquals(Set.of("admin"), roles(OpenResource.class, "restricted"));
    }

    @Test
    void permitAllOnTheMethodOrTheClassAsksNoRole() throws Exception {
        assertNull(roles(AdminResource.class, "open"));
        assertNull(roles(OpenResource.class, "open"));
        assertNull(roles(PlainResource.class, "plain"));
    }

    @Test
    void denyAllAllowsNoRole() throws Exception {
        assertEquals(Set.of(), roles(AdminResource.class, "closed"));
        assertEquals(Set.of(), roles(ClosedResource.class, "closed"));
    }
}

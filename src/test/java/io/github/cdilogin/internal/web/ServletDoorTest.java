package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.internal.guard.Requirement;
import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/** {@link ServletDoor}: per HTTP method, what a servlet requires and whose code serves it. */
@SuppressWarnings("serial")
class ServletDoorTest {

    static class Plain extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @LoginRequired
    static class ClassGuarded extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class GetGuarded extends HttpServlet {
        @Override
        @LoginRequired
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class HeadOpenGetFresh extends HttpServlet {
        @Override
        @FreshLoginRequired
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class ServiceGuarded extends HttpServlet {
        @Override
        @LoginRequired
        protected void service(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    /** Inherits a guarded doGet: the guard holds in the subclass. */
    static class InheritsGuardedGet extends GetGuarded {
    }

    static class OwnOptions extends HttpServlet {
        @Override
        @LoginRequired
        protected void doPut(HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @LoginRequired
    static class NotHttp extends GenericServlet {
        @Override
        public void service(ServletRequest request, ServletResponse response) {
        }
    }

    @Test
    void aServletWithoutAnnotationsRequiresNothing() {
        ServletDoor door = ServletDoor.of(Plain.class);
        assertFalse(door.isGuarded());
        assertNull(door.requirement("GET"));
        assertNull(door.requirement("FROBNICATE"));
    }

    @Test
    void aGuardOnTheClassGuardsEveryMethodInAnyCase() {
        ServletDoor door = ServletDoor.of(ClassGuarded.class);
        for (String method : new String[] {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "get", "options", "FROBNICATE"}) {
            assertEquals(Requirement.LOGIN, door.requirement(method), method);
        }
    }

    @Test
    void aGuardOnDoGetGuardsGetAndHeadOnly() {
        ServletDoor door = ServletDoor.of(GetGuarded.class);
        assertTrue(door.isGuarded());
        assertEquals(Requirement.LOGIN, door.requirement("GET"));
        assertEquals(Requirement.LOGIN, door.requirement("HEAD"));
        assertNull(door.requirement("POST"));
        assertNull(door.requirement("OPTIONS"));
    }

    @Test
    void methodsHttpServletDoesNotKnowTakeTheStrictestGuardOfTheServlet() {
        ServletDoor door = ServletDoor.of(GetGuarded.class);
        assertEquals(Requirement.LOGIN, door.requirement("get"));
        assertEquals(Requirement.LOGIN, door.requirement("FROBNICATE"));
    }

    @Test
    void headIsGuardedAsStrictlyAsGetEvenWhenDoHeadIsOverridden() {
        assertEquals(Requirement.FRESH_LOGIN, ServletDoor.of(HeadOpenGetFresh.class).requirement("HEAD"));
    }

    @Test
    void aGuardOnServiceGuardsEveryMethod() {
        ServletDoor door = ServletDoor.of(ServiceGuarded.class);
        for (String method : new String[] {"GET", "POST", "OPTIONS", "get", "FROBNICATE"}) {
            assertEquals(Requirement.LOGIN, door.requirement(method), method);
        }
    }

    @Test
    void anInheritedMethodGuardHolds() {
        assertEquals(Requirement.LOGIN, ServletDoor.of(InheritsGuardedGet.class).requirement("GET"));
    }

    @Test
    void optionsIsHttpServletsOwnUnlessTheServletOverridesDoOptionsOrService() {
        assertFalse(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("OPTIONS"));
        assertFalse(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("TRACE"));
        assertFalse(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("get"));
        assertTrue(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("GET"));
        assertTrue(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("HEAD"));
        assertFalse(ServletDoor.of(ClassGuarded.class).runsApplicationCodeFor("PUT"));
        assertTrue(ServletDoor.of(OwnOptions.class).runsApplicationCodeFor("OPTIONS"));
        assertTrue(ServletDoor.of(ServiceGuarded.class).runsApplicationCodeFor("OPTIONS"));
        assertTrue(ServletDoor.of(ServiceGuarded.class).runsApplicationCodeFor("FROBNICATE"));
    }

    @Test
    void aServletThatIsNoHttpServletServesEveryMethodItself() {
        ServletDoor door = ServletDoor.of(NotHttp.class);
        assertTrue(door.runsApplicationCodeFor("OPTIONS"));
        assertEquals(Requirement.LOGIN, door.requirement("OPTIONS"));
        assertEquals(Requirement.LOGIN, door.requirement("GET"));
    }

    @Test
    void theLibrarysAllowHeaderListsWhatTheServletServes() {
        assertEquals("PUT, OPTIONS, TRACE", ServletDoor.of(OwnOptions.class).allow());
        assertEquals("GET, HEAD, POST, PUT, DELETE, OPTIONS", ServletDoor.of(ServiceGuarded.class).allow());
    }

    @Test
    void anUnknownServletServesEveryMethodItselfAndRequiresNothingByItsClass() {
        assertTrue(ServletDoor.UNKNOWN.runsApplicationCodeFor("OPTIONS"));
        assertNull(ServletDoor.UNKNOWN.requirement("GET"));
        assertFalse(ServletDoor.UNKNOWN.isGuarded());
    }
}

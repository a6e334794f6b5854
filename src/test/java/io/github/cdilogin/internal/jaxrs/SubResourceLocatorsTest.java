package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.internal.guard.Requirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SubResourceLocators}: what a request reached through locators requires, from the classes of
 * the matched resources alone, as {@code UriInfo.getMatchedResources()} gives them.
 */
class SubResourceLocatorsTest {

    public static class Users {
        @GET
        public String list() {
            return "users";
        }

        public String helper() {
            return "helper";
        }
    }

    public static class Other {
        @GET
        public String get() {
            return "other";
        }
    }

    @Path("admin")
    @LoginRequired
    public static class Admin {
        @Path("users")
        public Users users() {
            return new Users();
        }
    }

    @Path("open")
    public static class Open {
        @Path("users")
        public Users users() {
            return new Users();
        }

        @LoginRequired
        @Path("other")
        public Other other() {
            return new Other();
        }
    }

    public interface FreshDirectory {
        @FreshLoginRequired
        @Path("users")
        Users users();
    }

    @Path("fresh")
    public static class FreshByInterface implements FreshDirectory {
        @Override
        public Users users() {
            return new Users();
        }
    }

    /** Two locators whose return types cannot tell them apart: both count. */
    @Path("objects")
    public static class Objects {
        @Path("public")
        public Object open() {
            return new Users();
        }

        @LoginRequired
        @Path("secret")
        public Object secret() {
            return new Users();
        }
    }

    /** A middle level without a guard of its own. */
    public static class Middle {
        @Path("users")
        public Users users() {
            return new Users();
        }
    }

    @Path("top")
    public static class Top {
        @FreshLoginRequired
        @Path("middle")
        public Middle middle() {
            return new Middle();
        }
    }

    /** A CDI proxy of a resource: a subclass without annotations. */
    public static class AdminProxy extends Admin {
        @Override
        public Users users() {
            return super.users();
        }
    }

    @Path("guarded")
    @LoginRequired
    public static class GuardedWithOptions {
        @GET
        public String get() {
            return "get";
        }

        @OPTIONS
        public String options() {
            return "options";
        }
    }

    private static Method list() throws NoSuchMethodException {
        return Users.class.getMethod("list");
    }

    private static Requirement reached(Class<?>... matched) throws NoSuchMethodException {
        return SubResourceLocators.requirement(Users.class, list(), matched);
    }

    @Test
    void aSubResourceOfAGuardedClassRequiresItsGuard() throws Exception {
        assertEquals(Requirement.LOGIN, reached(Users.class, Admin.class));
    }

    @Test
    void aSubResourceOfAPublicLocatorStaysPublicThoughAnotherLocatorOfTheParentIsGuarded() throws Exception {
        assertNull(reached(Users.class, Open.class));
    }

    @Test
    void aLocatorGuardedOnItsInterfaceMethodCounts() throws Exception {
        assertEquals(Requirement.FRESH_LOGIN, reached(Users.class, FreshByInterface.class));
    }

    @Test
    void everyLocatorThatCouldReturnTheChildCountsAnOverApproximation() throws Exception {
        assertEquals(Requirement.LOGIN, reached(Users.class, Objects.class));
    }

    @Test
    void aGuardedLocatorHigherUpTheChainCounts() throws Exception {
        assertEquals(Requirement.FRESH_LOGIN, reached(Users.class, Middle.class, Top.class));
    }

    @Test
    void theChainIsReadAlsoWhenTheRuntimeDidNotListTheCurrentResource() throws Exception {
        assertEquals(Requirement.LOGIN, reached(Admin.class));
    }

    @Test
    void aProxyOfTheParentIsReadThroughToTheResourceClass() throws Exception {
        assertEquals(Requirement.LOGIN, reached(Users.class, AdminProxy.class));
    }

    @Test
    void locatorsAreMethodsWithAPathAndNoHttpMethod() {
        List<String> names = new ArrayList<>();
        SubResourceLocators.locators(Open.class).forEach(m -> names.add(m.getName()));
        names.sort(null);

        assertEquals(List.of("other", "users"), names);
        assertEquals(1, SubResourceLocators.locators(FreshByInterface.class).size());
        assertTrue(SubResourceLocators.locators(Users.class).isEmpty());
    }

    @Test
    void resourceMethodsAreThoseWithAnHttpMethodWhereverJaxRsInheritsItFrom() throws Exception {
        assertTrue(SubResourceLocators.isResourceMethod(Users.class, list()));
        assertTrue(SubResourceLocators.isResourceMethod(GuardedWithOptions.class,
                GuardedWithOptions.class.getMethod("options")));
        assertFalse(SubResourceLocators.isResourceMethod(Users.class, Users.class.getMethod("helper")));
        assertFalse(SubResourceLocators.isResourceMethod(Admin.class, Admin.class.getMethod("users")));
    }
}

package io.github.cdilogin.internal.jaxrs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JaxRsApplications}: only an application that turns off both ways to the guard fails to start. */
class JaxRsApplicationsTest {

    public static class Resource {
    }

    public static class ListsClassesWithoutServices extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Resource.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of("jakarta.ws.rs.loadServices", false);
        }
    }

    public static class ListsSingletonsWithoutServicesAsText extends Application {
        @Override
        public Set<Object> getSingletons() {
            return Set.of(new Resource());
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of("jakarta.ws.rs.loadServices", " FALSE");
        }
    }

    public static class ListsClasses extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Resource.class);
        }
    }

    public static class ScansWithoutServices extends Application {
        @Override
        public Map<String, Object> getProperties() {
            return Map.of("jakarta.ws.rs.loadServices", false);
        }
    }

    public static class NeedsArguments extends ListsClassesWithoutServices {
        public NeedsArguments(String name) {
        }
    }

    private static void start(Class<?>... applications) throws ServletException {
        new JaxRsApplications().onStartup(Set.of(applications), null);
    }

    @Test
    void listedClassesWithoutServicesFailTheDeploymentNamingTheApplicationAndTheFix() {
        ServletException failure = assertThrows(ServletException.class,
                () -> start(ListsClassesWithoutServices.class, ListsSingletonsWithoutServicesAsText.class));

        String message = failure.getMessage();
        assertTrue(message.contains("CDILOGIN-007: " + ListsClassesWithoutServices.class.getName()), message);
        assertTrue(message.contains("CDILOGIN-007: " + ListsSingletonsWithoutServicesAsText.class.getName()), message);
        assertTrue(message.contains("Remove the jakarta.ws.rs.loadServices property"), message);
    }

    @Test
    void listedClassesWithServicesOrScanningWithoutServicesStart() {
        assertDoesNotThrow(() -> start(ListsClasses.class, ScansWithoutServices.class, Application.class));
    }

    @Test
    void anApplicationThatCannotBeMadeWithoutArgumentsIsLeftAlone() {
        assertDoesNotThrow(() -> start(NeedsArguments.class));
    }
}

package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.core.Application;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fails the deployment when a JAX-RS application of the WAR could not get the library's guard: it
 * lists its classes ({@code getClasses()} or {@code getSingletons()}, so nothing is scanned) and sets
 * {@code jakarta.ws.rs.loadServices} to {@code false} (so {@code META-INF/services} is not read
 * either). Its guarded resources would answer anonymous requests. Every other application gets the guard
 * one of those two ways ({@link JaxRsGuards}).
 *
 * <p>The container hands this initializer the WAR's {@code Application} subclasses at start; an
 * application's properties are read from an instance made with its no-argument constructor, and its
 * classes only when the property is {@code false}. One that cannot be made that way is left alone.
 */
@HandlesTypes(Application.class)
public final class JaxRsApplications implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(JaxRsApplications.class.getName());
    private static final String LOAD_SERVICES = "jakarta.ws.rs.loadServices";

    @Override
    public void onStartup(Set<Class<?>> applications, ServletContext context) throws ServletException {
        if (applications == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Class<?> type : applications) {
            if (Application.class.isAssignableFrom(type) && type != Application.class && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                Application application = instance(type);
                if (application != null && isUnguardable(application)) {
                    problems.add(message(type));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DeploymentFailures.servlet(String.join("\n", problems));
        }
    }

    static boolean isUnguardable(Application application) {
        Object loadServices = application.getProperties().get(LOAD_SERVICES);
        boolean servicesOff = Boolean.FALSE.equals(loadServices)
                || loadServices instanceof String text && text.trim().equalsIgnoreCase("false");
        return servicesOff && (!isEmpty(application.getClasses()) || !isEmpty(application.getSingletons()));
    }

    static String message(Class<?> type) {
        return Messages.unguardableApplication(type);
    }

    private static boolean isEmpty(Set<?> set) {
        return set == null || set.isEmpty();
    }

    private static Application instance(Class<?> type) {
        try {
            return (Application) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notMadeHere) {
            LOG.log(Level.FINE, "cdi-login: cannot read the properties of " + type.getName(), notMadeHere);
            return null;
        }
    }
}

package io.github.cdilogin.internal.jaxrs;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Installs the library's JAX-RS parts in every JAX-RS application of the WAR: the guard
 * ({@link JaxRsGuardFeature}, and {@link CxfSubResourceGuard} on Apache CXF), the answer to a refusal thrown by a guarded bean
 * ({@link LoginRequiredExceptionMapper}), and the answer to a state change a page on another site asked
 * for ({@link CrossSiteRequestExceptionMapper}), and the answer to an EJB the container refused to call
 * ({@link EjbRefusalMapper}).
 *
 * <p>Found two ways, so that an application that lists its classes ({@code Application.getClasses()}
 * or {@code getSingletons()}, which turns scanning off) is guarded too: this class through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}, which Jakarta REST 3.1 runtimes load whatever
 * the application lists (unless it sets {@code jakarta.ws.rs.loadServices} to {@code false}), and
 * {@link Scanned} by scanning. Two classes, because RESTEasy warns at every start about a provider class
 * registered twice; installing twice is harmless, the second finds the parts registered.
 */
public class JaxRsGuards implements Feature {

    /** The same feature, for the runtime's scanning of {@code @Provider} classes. */
    @Provider
    public static class Scanned extends JaxRsGuards {
    }

    @Override
    public boolean configure(FeatureContext context) {
        if (!isTheApplicationsCopy()) {
            return false;
        }
        if (!context.getConfiguration().isRegistered(JaxRsGuardFeature.class)) {
            context.register(new JaxRsGuardFeature());
            if (isApacheCxf(context)) {
                context.register(new CxfSubResourceGuard(), Priorities.AUTHENTICATION);
            }
        }
        if (!context.getConfiguration().isRegistered(LoginRequiredExceptionMapper.class)) {
            context.register(new LoginRequiredExceptionMapper());
        }
        if (!context.getConfiguration().isRegistered(CrossSiteRequestExceptionMapper.class)) {
            context.register(new CrossSiteRequestExceptionMapper());
        }
        if (hasEnterpriseBeans() && !context.getConfiguration().isRegistered(EjbRefusalMapper.class)) {
            context.register(EjbRefusalMapper.class);
        }
        return true;
    }

    /** Apache CXF (TomEE) hands a feature a context of its own classes: see {@link CxfSubResourceGuard}. */
    private static boolean isApacheCxf(FeatureContext context) {
        return context.getClass().getName().startsWith("org.apache.cxf.");
    }

    /** A server without Jakarta Enterprise Beans cannot load {@link EjbRefusalMapper}: it is left out there. */
    private static boolean hasEnterpriseBeans() {
        try {
            Class.forName("jakarta.ejb.EJBAccessException", false, JaxRsGuards.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * Whether this class is the one the application loads. A second copy of the library on a class path
     * the runtime shares with the application (GlassFish embedded's JVM holds the library's classes
     * next to the WAR's jar) is found through {@code META-INF/services} too, but its filters cannot reach
     * the application's beans ({@code CDI.current()} answers for another archive): only the
     * application's copy installs.
     *
     * <p>The context class loader is asked with {@code loadClass}, never {@code Class.forName}: TomEE
     * configures the providers of every application under one loader of its own (CXF's bus loader, which
     * hands each lookup to the deploying application's loader), and {@code Class.forName} through it keeps
     * answering the first application's class (the JVM remembers the loader as an initiating loader of the
     * name), so every application deployed after the first got neither the guard nor the exception mappers.
     */
    private static boolean isTheApplicationsCopy() {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        if (application == null || application == JaxRsGuards.class.getClassLoader()) {
            return true;
        }
        try {
            return application.loadClass(JaxRsGuards.class.getName()) == JaxRsGuards.class;
        } catch (ClassNotFoundException | LinkageError notVisible) {
            return true;
        }
    }
}

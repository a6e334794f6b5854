package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.InvalidSettingException;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.SettingSource;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.config.UnknownSettings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs when the web application starts: reads and validates the settings once (a bad value fails
 * the deployment, an unknown key gets a warning) and puts the library's filters in front of every
 * other: one for requests as they come in, one for forwards, includes, asynchronous dispatches and
 * error pages, and one per guarded servlet for named dispatchers, which only a mapping by servlet name
 * sees. In {@code cdi-login.container-identity=jakarta-security} it also registers the module that tells
 * the container who the caller is ({@link CallerRegistration}).
 *
 * <p>The jar's {@code META-INF/web-fragment.xml} names it {@code cdi_login}, so that a web.xml with
 * an {@code <absolute-ordering>} can list it. An ordering that leaves it out makes the container skip
 * this initializer; {@link ServletGuardCheck} then fails the deployment.
 */
public final class LoginInitializer implements ServletContainerInitializer {

    /** The request filter's name in the application. */
    public static final String FILTER_NAME = "cdi-login";
    /** The dispatch filter's name in the application. */
    public static final String DISPATCH_FILTER_NAME = "cdi-login dispatches";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        ServletContainerInitializer applications = applicationsCopy(context);
        if (applications != null) {
            applications.onStartup(classes, context);
            return;
        }
        UnknownSettings.warnAbout(context);
        LoginSettings settings;
        try {
            settings = SettingsReader.read(SettingSource.standard(context));
        } catch (InvalidSettingException invalid) {
            throw DeploymentFailures.servlet(invalid.getMessage());
        }
        ServletGate gate = new ServletGate(settings);
        add(context, FILTER_NAME, new LoginFilter(gate))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        add(context, DISPATCH_FILTER_NAME, new DispatchFilter(gate, null)).addMappingForUrlPatterns(
                EnumSet.of(DispatcherType.FORWARD, DispatcherType.INCLUDE, DispatcherType.ASYNC, DispatcherType.ERROR), false, "/*");
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            if (GuardedServlets.doorOf(context, servlet.getClassName()).isGuarded()) {
                add(context, DISPATCH_FILTER_NAME + " to " + servlet.getName(), new DispatchFilter(gate, servlet.getName()))
                        .addMappingForServletNames(EnumSet.of(DispatcherType.FORWARD, DispatcherType.INCLUDE), false, servlet.getName());
            }
        }
        if (settings.identity() == ContainerIdentity.JAKARTA_SECURITY) {
            CallerRegistration.register(context, new CallerAuthModule(settings.remember(), gate));
        }
        // Last: its presence tells ServletGuardCheck that the filters are in place.
        context.setAttribute(LoginSettings.ATTRIBUTE, settings);
    }

    /**
     * Payara loads the initializers of the jars that an {@code <absolute-ordering>} lists through a class
     * loader of its own, beside the application's: filters made from there would be classes CDI does not
     * know, and could not reach the library's beans. The application's copy of this class does the work then.
     *
     * @return the application's copy of this initializer, when this one is not it; else {@code null}
     */
    private static ServletContainerInitializer applicationsCopy(ServletContext context) {
        ClassLoader application = context.getClassLoader();
        if (application == null || application == LoginInitializer.class.getClassLoader()) {
            return null;
        }
        try {
            Class<?> copy = Class.forName(LoginInitializer.class.getName(), true, application);
            return copy == LoginInitializer.class ? null : (ServletContainerInitializer) copy.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException notThere) {
            return null;
        }
    }

    private static FilterRegistration.Dynamic add(ServletContext context, String name, Filter filter) throws ServletException {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        if (registration == null) {
            throw DeploymentFailures.servlet(Messages.filterNameTaken(name, context.getFilterRegistration(name).getClassName()));
        }
        registration.setAsyncSupported(true);
        return registration;
    }
}

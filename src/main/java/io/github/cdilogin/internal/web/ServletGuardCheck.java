package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.servlet.ServletContext;
import java.net.URL;
import java.security.CodeSource;

/**
 * Fails a web application's start when the library's servlet guards are missing, instead of leaving
 * {@code @LoginRequired} servlets and guarded path prefixes open without a word. The guards are
 * installed by {@link LoginInitializer}, which the container skips when web.xml's
 * {@code <absolute-ordering>} leaves the library's jar out (the Servlet spec ignores the initializers
 * of excluded jars); CDI extensions still run, so this one checks, when the web application's
 * context starts ({@code @Initialized(ApplicationScoped.class) ServletContext}), that the initializer
 * left its mark.
 *
 * <p>The check is a synthetic observer whose bean class is one of the application's: Payara notifies
 * that event only to observers in the application's bean archives, not to those in the library jar
 * (the extension's own, and the beans it adds), and Weld puts a synthetic observer in its bean
 * class's archive.
 */
public class ServletGuardCheck implements Extension {

    private Class<?> applicationClass;

    void findAnApplicationClass(@Observes ProcessBean<?> event) {
        if (applicationClass == null && isTheApplications(event.getBean().getBeanClass())) {
            applicationClass = event.getBean().getBeanClass();
        }
    }

    void addTheCheck(@Observes AfterBeanDiscovery discovery) {
        discovery.<ServletContext>addObserverMethod()
                .beanClass(applicationClass != null ? applicationClass : ServletGuardCheck.class)
                .observedType(ServletContext.class)
                .qualifiers(Initialized.Literal.APPLICATION)
                .notifyWith(event -> requireTheServletGuards(event.getEvent()));
    }

    static void requireTheServletGuards(ServletContext context) {
        if (context.getAttribute(LoginSettings.ATTRIBUTE) == null) {
            throw DeploymentFailures.cdi(Messages.servletGuardsMissing(context.getContextPath()));
        }
    }

    /** A class of the web application itself: loaded beside the library, from another jar or folder. */
    private static boolean isTheApplications(Class<?> type) {
        if (type.getClassLoader() != ServletGuardCheck.class.getClassLoader()) {
            return false;
        }
        URL library = location(ServletGuardCheck.class);
        URL candidate = location(type);
        return library != null && candidate != null ? !library.equals(candidate) : !type.getName().startsWith("io.github.cdilogin.");
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}

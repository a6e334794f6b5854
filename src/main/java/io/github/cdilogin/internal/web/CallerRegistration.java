package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import java.util.logging.Logger;

/**
 * Registers the {@link CallerAuthModule} with the server's Jakarta Authentication factory for this web
 * application alone (Jakarta Authentication 3.0's {@code registerServerAuthModule}, keyed by the servlet
 * context), and removes it when the application stops, so that a redeployment does not leave the old
 * module answering. A server without a factory fails the deployment (CDILOGIN-017), rather than leaving
 * the container blind to a user the application expects it to see.
 */
final class CallerRegistration implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CallerRegistration.class.getName());

    private final String id;

    private CallerRegistration(String id) {
        this.id = id;
    }

    static void register(ServletContext context, ServerAuthModule module) throws ServletException {
        AuthConfigFactory factory;
        String id;
        try {
            factory = AuthConfigFactory.getFactory();
            id = factory == null ? null : factory.registerServerAuthModule(module, context);
        } catch (RuntimeException | LinkageError none) {
            throw DeploymentFailures.servlet(Messages.noAuthenticationFactory(String.valueOf(none)));
        }
        if (id == null) {
            throw DeploymentFailures.servlet(Messages.noAuthenticationFactory(factory == null ? "no factory" : "no registration id"));
        }
        context.addListener(new CallerRegistration(id));
        LOG.fine(() -> "cdi-login: the container is told the caller of each request (registration " + id + ")");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            AuthConfigFactory.getFactory().removeRegistration(id);
        } catch (RuntimeException gone) {
            LOG.fine(() -> "cdi-login: the caller module's registration was already gone: " + gone);
        }
    }
}

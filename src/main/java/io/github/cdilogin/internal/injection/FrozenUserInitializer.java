package io.github.cdilogin.internal.injection;

import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.injection.FrozenInjections.Frozen;
import jakarta.servlet.Filter;
import jakarta.servlet.GenericFilter;
import jakarta.servlet.GenericServlet;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextAttributeListener;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestAttributeListener;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerEndpoint;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fails the web application's start when a servlet, filter, listener or WebSocket endpoint injects a
 * {@code @CurrentUser} value that would be taken once (CDILOGIN-005), before the container creates any
 * of them. CDI sees these objects on some servers only, or only when they are created (the first request,
 * for a servlet); the servlet container hands every such class of the application to this initializer.
 *
 * <p>Each type is listed itself rather than through a supertype: a server that indexes the application's
 * classes (WildFly) finds subclasses of {@code HttpServlet} only when {@code HttpServlet} is asked for,
 * and none found {@code java.util.EventListener}'s implementations.
 */
@HandlesTypes({Servlet.class, GenericServlet.class, HttpServlet.class, Filter.class, GenericFilter.class, HttpFilter.class,
        ServletContextListener.class, ServletContextAttributeListener.class, ServletRequestListener.class,
        ServletRequestAttributeListener.class, HttpSessionListener.class, HttpSessionAttributeListener.class,
        HttpSessionIdListener.class, Endpoint.class, ServerEndpoint.class, ClientEndpoint.class})
public final class FrozenUserInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        List<String> problems = problems(classes == null ? Set.of() : classes);
        if (!problems.isEmpty()) {
            throw DeploymentFailures.servlet(String.join("\n", problems));
        }
    }

    /**
     * @param classes the application's servlets, filters, listeners and endpoints
     * @return a CDILOGIN-005 message for each frozen {@code @CurrentUser} injection among them
     */
    static List<String> problems(Set<Class<?>> classes) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            String kind = LongLivedComponents.kindOf(type);
            if (kind == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Frozen frozen : FrozenInjections.declaredBy(type)) {
                problems.add(Messages.frozenCurrentUser(type.getName(), kind,
                        frozen.injection(), frozen.type(), false));
            }
        }
        problems.sort(null);
        return problems;
    }
}

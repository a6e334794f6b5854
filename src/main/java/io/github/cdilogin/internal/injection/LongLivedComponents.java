package io.github.cdilogin.internal.injection;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What the container creates once and keeps for many requests, recognised by a type it implements or an
 * annotation it carries: servlets, filters, listeners, WebSocket endpoints, JSP tag handlers, message
 * listeners, JAX-RS providers. Types are matched by name, so no optional API (WebSocket, JMS, JAX-RS)
 * is loaded to ask.
 */
public final class LongLivedComponents {

    private static final String LISTENER = "a servlet listener";
    private static final String ENDPOINT = "a WebSocket endpoint";

    /** The listener interfaces are those a web application may register (Servlet 6.0, 11.3 and 4.4). */
    private static final Map<String, String> SUPERTYPES = Map.ofEntries(
            Map.entry("jakarta.servlet.Servlet", "a servlet"),
            Map.entry("jakarta.servlet.Filter", "a servlet filter"),
            Map.entry("jakarta.servlet.ServletContextListener", LISTENER),
            Map.entry("jakarta.servlet.ServletContextAttributeListener", LISTENER),
            Map.entry("jakarta.servlet.ServletRequestListener", LISTENER),
            Map.entry("jakarta.servlet.ServletRequestAttributeListener", LISTENER),
            Map.entry("jakarta.servlet.http.HttpSessionListener", LISTENER),
            Map.entry("jakarta.servlet.http.HttpSessionAttributeListener", LISTENER),
            Map.entry("jakarta.servlet.http.HttpSessionIdListener", LISTENER),
            Map.entry("jakarta.servlet.http.HttpUpgradeHandler", "an HTTP upgrade handler"),
            Map.entry("jakarta.websocket.Endpoint", ENDPOINT),
            Map.entry("jakarta.servlet.jsp.tagext.JspTag", "a JSP tag handler"),
            Map.entry("jakarta.jms.MessageListener", "a message listener"));

    private static final Map<String, String> ANNOTATIONS = Map.of(
            "jakarta.websocket.server.ServerEndpoint", ENDPOINT,
            "jakarta.websocket.ClientEndpoint", ENDPOINT,
            "jakarta.ws.rs.ext.Provider", "a JAX-RS provider",
            "jakarta.ejb.MessageDriven", "a message-driven bean");

    private LongLivedComponents() {
    }

    /**
     * @param type a class the container may create
     * @return what it is, as "a servlet", or {@code null} when it is none of these
     */
    public static String kindOf(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            String kind = ANNOTATIONS.get(annotation.annotationType().getName());
            if (kind != null) {
                return kind;
            }
        }
        Deque<Class<?>> supertypes = new ArrayDeque<>();
        supertypes.add(type);
        while (!supertypes.isEmpty()) {
            Class<?> next = supertypes.poll();
            String kind = SUPERTYPES.get(next.getName());
            if (kind != null) {
                return kind;
            }
            if (next.getSuperclass() != null && next.getSuperclass() != Object.class) {
                supertypes.add(next.getSuperclass());
            }
            supertypes.addAll(List.of(next.getInterfaces()));
        }
        return null;
    }

    /**
     * @param type a class the container created outside CDI
     * @return whether the container makes one for each request: JAX-RS resources (the JAX-RS default)
     *         and asynchronous listeners, which {@code AsyncContext.createListener} makes for one request
     */
    public static boolean isPerRequest(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.ws.rs.Path")) {
                return true;
            }
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.getName().equals("jakarta.servlet.AsyncListener")) {
                    return true;
                }
            }
        }
        return false;
    }
}

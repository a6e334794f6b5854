package io.github.cdilogin.internal;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory stand-ins for the container's request, response and session: just what the library's
 * request path calls. Anything else throws, naming the method, so that a benchmark never measures a
 * stub silently doing nothing. The session keeps attributes in a {@link ConcurrentHashMap}, as
 * Payara's (Catalina's StandardSession) does.
 */
public final class FakeHttp {

    private FakeHttp() {
    }

    private static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(FakeHttp.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not stubbed: " + type.getSimpleName() + "." + method.getName());
                }));
    }

    private static final HttpServletRequest NO_REQUEST = unsupported(HttpServletRequest.class);
    private static final HttpServletResponse NO_RESPONSE = unsupported(HttpServletResponse.class);

    /** A request from one client, with an optional session and cookies. */
    public static final class Request extends HttpServletRequestWrapper {
        private final String remoteAddr;
        private final Map<String, String> headers = new HashMap<>();
        private final Map<String, Object> attributes = new HashMap<>();
        private Cookie[] cookies;
        private Session session;

        public Request(String remoteAddr, String userAgent) {
            super(NO_REQUEST);
            this.remoteAddr = remoteAddr;
            if (userAgent != null) {
                headers.put("user-agent", userAgent);
            }
        }

        public Request header(String name, String value) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
            return this;
        }

        public Request cookies(Cookie... cookies) {
            this.cookies = cookies;
            return this;
        }

        public Request session(Session session) {
            this.session = session;
            return this;
        }

        public Session currentSession() {
            return session;
        }

        @Override public String getRemoteAddr() { return remoteAddr; }
        @Override public String getHeader(String name) { return headers.get(name.toLowerCase(java.util.Locale.ROOT)); }
        @Override public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value));
        }
        @Override public Cookie[] getCookies() { return cookies; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
        @Override public String getContextPath() { return ""; }
        @Override public boolean isSecure() { return false; }
        @Override public String getMethod() { return "GET"; }
        @Override public HttpSession getSession() { return getSession(true); }
        @Override public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new Session();
            }
            return session;
        }
        @Override public String changeSessionId() {
            session.id = Long.toHexString(System.nanoTime());
            return session.id;
        }
        @Override public ServletRequest getRequest() { return NO_REQUEST; }
    }

    /** A response that keeps the last {@code Set-Cookie} header it was given. */
    public static final class Response extends HttpServletResponseWrapper {
        public String lastSetCookie;

        public Response() {
            super(NO_RESPONSE);
        }

        @Override public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                lastSetCookie = value;
            }
        }
        @Override public boolean isCommitted() { return false; }
        @Override public ServletResponse getResponse() { return NO_RESPONSE; }
    }

    /** A session: attributes in a concurrent map, as in the container. */
    public static final class Session implements HttpSession {
        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private String id = "s" + System.nanoTime();

        @Override public long getCreationTime() { return 0; }
        @Override public String getId() { return id; }
        @Override public long getLastAccessedTime() { return 0; }
        @Override public ServletContext getServletContext() { throw new UnsupportedOperationException("getServletContext"); }
        @Override public void setMaxInactiveInterval(int interval) { }
        @Override public int getMaxInactiveInterval() { return 1800; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributes.keySet()); }
        @Override public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public void invalidate() { attributes.clear(); }
        @Override public boolean isNew() { return false; }
    }
}

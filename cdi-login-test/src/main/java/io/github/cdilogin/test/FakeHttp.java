package io.github.cdilogin.test;

import jakarta.servlet.DispatcherType;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-memory stand-ins for the container's request, response and session, for tests and benchmarks
 * that drive the library's classes without a server: just what the library's request path calls.
 * Anything else throws {@link UnsupportedOperationException} naming the method, so that a test never
 * passes, and a benchmark never measures, because a stub silently did nothing. Flask has these built
 * in (its test request context); the servlet API has none.
 *
 * <pre>{@code
 * FakeHttp.Request request = new FakeHttp.Request("203.0.113.7", "Firefox")
 *         .header("X-Forwarded-For", "198.51.100.1")
 *         .cookies(new Cookie("remember_token", value));
 * FakeHttp.Response response = new FakeHttp.Response();
 * // ... call the code under test with request and response ...
 * assertEquals(1, response.setCookieHeaders().size());
 * }</pre>
 *
 * The classes are plain subclasses (no reflection on a call), so that the benchmarks measure the
 * library and not the fake.
 */
public final class FakeHttp {

    private static final AtomicLong SESSION_IDS = new AtomicLong();
    private static final HttpServletRequest NO_REQUEST = unsupported(HttpServletRequest.class);
    private static final HttpServletResponse NO_RESPONSE = unsupported(HttpServletResponse.class);

    private FakeHttp() {
    }

    /** @return an implementation of {@code type} whose every method throws, naming itself */
    private static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(FakeHttp.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "the fake " + type.getSimpleName();
                    default -> throw new UnsupportedOperationException("the fake does not answer "
                            + type.getSimpleName() + "." + method.getName() + (args == null ? "()" : Arrays.toString(args)));
                }));
    }

    /**
     * A GET from one client to the context root {@code ""} over HTTP, with an optional session, headers
     * and cookies. Without cookies {@link #getCookies()} is {@code null}, as containers give it.
     */
    public static class Request extends HttpServletRequestWrapper {
        private final String remoteAddr;
        private final Map<String, List<String>> headers = new HashMap<>();
        private final Map<String, Object> attributes = new HashMap<>();
        private Map<String, String[]> parameters = Map.of();
        private String contextPath = "";
        private boolean secure;
        private Cookie[] cookies;
        private Supplier<Cookie[]> cookieSupplier;
        private Session session;

        /**
         * @param remoteAddr the client's address, as {@code getRemoteAddr()} gives it
         * @param userAgent its {@code User-Agent} header, or {@code null} for none
         */
        public Request(String remoteAddr, String userAgent) {
            super(NO_REQUEST);
            this.remoteAddr = remoteAddr;
            if (userAgent != null) {
                header("User-Agent", userAgent);
            }
        }

        /**
         * Adds a header line; a second call with the same name adds a second line.
         *
         * @param name the header's name, in any case
         * @param value the line's value
         * @return this request
         */
        public Request header(String name, String value) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>(1)).add(value);
            return this;
        }

        /**
         * @param cookies the request's cookies; none gives {@code getCookies() == null}, as containers do.
         *        Without a {@code Cookie} header of its own, the request gives them as one such line.
         * @return this request
         */
        public Request cookies(Cookie... cookies) {
            this.cookies = cookies.length == 0 ? null : cookies;
            this.cookieSupplier = null;
            return this;
        }

        /**
         * @param cookies what each {@code getCookies()} returns; it may throw, like a container given a
         *        malformed {@code Cookie} header
         * @return this request
         */
        public Request cookies(Supplier<Cookie[]> cookies) {
            this.cookieSupplier = cookies;
            this.cookies = null;
            return this;
        }

        /**
         * @param contextPath the application's context path, {@code ""} for the root
         * @return this request
         */
        public Request contextPath(String contextPath) {
            this.contextPath = contextPath;
            return this;
        }

        /**
         * @param secure whether the request came over HTTPS
         * @return this request
         */
        public Request secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /**
         * @param name a request parameter
         * @param values its values
         * @return this request
         */
        public Request parameter(String name, String... values) {
            if (parameters.isEmpty()) {
                parameters = new HashMap<>();
            }
            parameters.put(name, values);
            return this;
        }

        /**
         * @param session the session the client's cookie names, or {@code null} for none
         * @return this request
         */
        public Request session(Session session) {
            this.session = session;
            return this;
        }

        /** @return the session this request has now (perhaps made by the code under test), or {@code null} */
        public Session currentSession() {
            return session == null || !session.isValid() ? null : session;
        }

        @Override public String getRemoteAddr() { return remoteAddr; }
        @Override public String getHeader(String name) {
            List<String> lines = headers.get(name.toLowerCase(Locale.ROOT));
            return lines == null ? null : lines.get(0);
        }
        @Override public Enumeration<String> getHeaders(String name) {
            List<String> lines = headers.get(name.toLowerCase(Locale.ROOT));
            if (lines == null && "cookie".equalsIgnoreCase(name)) {
                // a container gives the cookies it parsed as the Cookie header they came in
                Cookie[] sent = getCookies();
                if (sent == null) {
                    return Collections.emptyEnumeration();
                }
                StringBuilder line = new StringBuilder();
                for (Cookie cookie : sent) {
                    line.append(line.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
                }
                return Collections.enumeration(List.of(line.toString()));
            }
            return lines == null ? Collections.emptyEnumeration() : Collections.enumeration(lines);
        }
        @Override public Cookie[] getCookies() { return cookieSupplier != null ? cookieSupplier.get() : cookies; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }
        @Override public String[] getParameterValues(String name) { return parameters.get(name); }
        @Override public String getContextPath() { return contextPath; }
        @Override public String getServletPath() { return ""; }
        @Override public String getPathInfo() { return null; }
        @Override public String getRequestURI() { return contextPath.isEmpty() ? "/" : contextPath + "/"; }
        @Override public String getQueryString() { return null; }
        @Override public boolean isSecure() { return secure; }
        @Override public String getMethod() { return "GET"; }
        @Override public Locale getLocale() { return Locale.ROOT; }
        @Override public DispatcherType getDispatcherType() { return DispatcherType.REQUEST; }
        @Override public HttpSession getSession() { return getSession(true); }
        @Override public HttpSession getSession(boolean create) {
            if (session != null && !session.isValid()) {
                session = null;
            }
            if (session == null && create) {
                session = new Session();
            }
            return session;
        }
        @Override public String changeSessionId() {
            if (currentSession() == null) {
                throw new IllegalStateException("no session to change the id of");
            }
            return session.changeId();
        }
        @Override public ServletRequest getRequest() { return NO_REQUEST; }
        @Override public String toString() {
            return getMethod() + " from " + remoteAddr + (secure ? " over HTTPS" : " over HTTP") + " to '" + contextPath
                    + "' with headers " + headers.keySet();
        }
    }

    /** A response that keeps the headers it was given; anything else it is asked throws. */
    public static class Response extends HttpServletResponseWrapper {
        private final List<String> setCookie = new ArrayList<>(2);
        private Map<String, List<String>> otherHeaders; // made on the first such header: most tests write none

        /** A response not yet committed, with no header. */
        public Response() {
            super(NO_RESPONSE);
        }

        /** @return the {@code Set-Cookie} headers written so far, in order */
        public List<String> setCookieHeaders() {
            return setCookie;
        }

        /** @return the last {@code Set-Cookie} header written, or {@code null} */
        public String lastSetCookie() {
            return setCookie.isEmpty() ? null : setCookie.get(setCookie.size() - 1);
        }

        /** @return the one {@code Set-Cookie} header written; fails when there is not exactly one */
        public String onlySetCookie() {
            if (setCookie.size() != 1) {
                throw new AssertionError("expected one Set-Cookie header, got " + setCookie);
            }
            return setCookie.get(0);
        }

        /**
         * @param name a header's name, in any case
         * @return its lines written so far, none when it was not written
         */
        public List<String> headers(String name) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                return setCookie;
            }
            return otherHeaders == null ? List.of() : otherHeaders.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        @Override public void addHeader(String name, String value) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                setCookie.add(value);
            } else {
                if (otherHeaders == null) {
                    otherHeaders = new HashMap<>();
                }
                otherHeaders.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>(1)).add(value);
            }
        }
        @Override public boolean isCommitted() { return false; }
        @Override public ServletResponse getResponse() { return NO_RESPONSE; }
        @Override public String toString() { return "response with Set-Cookie " + setCookie; }
    }

    /**
     * A session: attributes in a concurrent map, as in the container (Payara's Catalina
     * {@code StandardSession}). Once invalidated, it throws {@link IllegalStateException} as a
     * container's does, and a request asks for a new one.
     */
    public static class Session implements HttpSession {
        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private volatile String id = newId();
        private volatile boolean valid = true;

        private static String newId() {
            return "fake-session-" + SESSION_IDS.incrementAndGet();
        }

        /** @return whether {@link #invalidate()} has not been called */
        public boolean isValid() {
            return valid;
        }

        /** @return the new id, as {@link HttpServletRequest#changeSessionId()} makes one */
        String changeId() {
            id = newId();
            return id;
        }

        private void requireValid() {
            if (!valid) {
                throw new IllegalStateException("the session was invalidated");
            }
        }

        @Override public long getCreationTime() { requireValid(); return 0; }
        @Override public String getId() { return id; }
        @Override public long getLastAccessedTime() { requireValid(); return 0; }
        @Override public ServletContext getServletContext() { throw new UnsupportedOperationException("getServletContext"); }
        @Override public void setMaxInactiveInterval(int interval) { }
        @Override public int getMaxInactiveInterval() { return 1800; }
        @Override public Object getAttribute(String name) { requireValid(); return attributes.get(name); }
        @Override public Enumeration<String> getAttributeNames() { requireValid(); return Collections.enumeration(attributes.keySet()); }
        @Override public void setAttribute(String name, Object value) {
            requireValid();
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }
        @Override public void removeAttribute(String name) { requireValid(); attributes.remove(name); }
        @Override public void invalidate() {
            valid = false;
            attributes.clear();
        }
        @Override public boolean isNew() { requireValid(); return false; }
        @Override public String toString() { return "fake session " + id + (valid ? "" : " (invalidated)"); }
    }
}

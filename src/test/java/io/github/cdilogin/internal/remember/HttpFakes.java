package io.github.cdilogin.internal.remember;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The little of the servlet API the remember cookie uses, faked with {@link Proxy}; any other call fails. */
final class HttpFakes {

    private HttpFakes() {
    }

    /** @param cookies the request's cookies; none gives {@code getCookies() == null}, as containers do */
    static HttpServletRequest request(String contextPath, boolean secure, Cookie... cookies) {
        Cookie[] sent = cookies.length == 0 ? null : cookies;
        return request(contextPath, secure, () -> sent);
    }

    /** A request whose cookies come from {@code cookies}, which may throw like a container given a bad header. */
    static HttpServletRequest request(String contextPath, boolean secure, Supplier<Cookie[]> cookies) {
        return request(contextPath, secure, cookies, () -> {
            Cookie[] sent = cookies.get();
            return sent == null ? List.of() : List.of(Arrays.stream(sent)
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        });
    }

    /**
     * A request whose parsed cookies and raw {@code Cookie} header lines are given apart, like a container
     * that keeps one cookie of each name in {@code getCookies()} (Undertow).
     */
    static HttpServletRequest request(String contextPath, boolean secure, Supplier<Cookie[]> cookies,
            Supplier<List<String>> cookieHeaderLines) {
        return fake(HttpServletRequest.class, (proxy, method, args) -> switch (method.getName()) {
            case "getContextPath" -> contextPath;
            case "isSecure" -> secure;
            case "getCookies" -> cookies.get();
            case "getHeaders" -> Collections.enumeration("Cookie".equalsIgnoreCase((String) args[0])
                    ? cookieHeaderLines.get() : List.<String>of());
            case "toString" -> "request to " + contextPath + (secure ? " over HTTPS" : " over HTTP");
            default -> unsupported(proxy, method.getName(), args);
        });
    }

    /** A response that keeps the headers added to it. */
    static final class Response {

        final List<String> setCookie = new ArrayList<>();
        final HttpServletResponse servlet = fake(HttpServletResponse.class, (proxy, method, args) -> {
            if (method.getName().equals("addHeader") && "Set-Cookie".equalsIgnoreCase((String) args[0])) {
                setCookie.add((String) args[1]);
                return null;
            }
            return method.getName().equals("toString") ? "response with Set-Cookie " + setCookie
                    : unsupported(proxy, method.getName(), args);
        });

        /** @return the one Set-Cookie header written; fails when there is not exactly one */
        String onlySetCookie() {
            if (setCookie.size() != 1) {
                throw new AssertionError("expected one Set-Cookie header, got " + setCookie);
            }
            return setCookie.get(0);
        }
    }

    private static Object unsupported(Object proxy, String method, Object[] args) {
        return switch (method) {
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("the fake does not answer " + method
                    + (args == null ? "()" : Arrays.toString(args)));
        };
    }

    private static <T> T fake(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(HttpFakes.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}

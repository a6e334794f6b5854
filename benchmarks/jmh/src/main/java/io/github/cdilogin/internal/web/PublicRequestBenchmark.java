package io.github.cdilogin.internal.web;

import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.internal.config.ContainerIdentity;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.guard.Requirement;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the request filter decides for a public request, the per-request cost the servlet guards add:
 * {@code GuardedServlets.requirementFor(request)} with two guarded path prefixes and one guarded
 * servlet, for an ordinary URI and for one with a path parameter (which takes the slow path of
 * reading the raw URI again), beside the decision as it was before this change (servlet path and path
 * info joined into a new string, case-sensitive {@code startsWith}), copied here to compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PublicRequestBenchmark {

    @LoginRequired
    public static class GuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    public static class PublicServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    private GuardedServlets guarded;
    private HttpServletRequest plain;
    private HttpServletRequest withParameter;
    private List<String> prefixes;
    private Map<String, Requirement> before;
    private ServletGate identityRequest;
    private ServletGate identityNone;
    private IdentityRequests askedForItsPrincipal;
    private final HttpServletResponse response = unsupported(HttpServletResponse.class);

    @Setup
    public void setUp() {
        LoginSettings settings = SettingsReader.read(Map.of(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin,/account")::get);
        guarded = GuardedServlets.scan(context(Map.of("guarded", GuardedServlet.class, "public", PublicServlet.class)), settings);
        plain = request("/app/catalog/shoes/42");
        withParameter = request("/app/catalog/shoes/42;jsessionid=0123456789ABCDEF");
        prefixes = settings.guards().loginRequiredPaths();
        before = Map.of("guarded", Requirement.LOGIN);
        identityRequest = new ServletGate(SettingsReader.read(Map.of(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin,/account",
                Setting.CONTAINER_IDENTITY.key(), "request")::get));
        // No CDI here: a login looked up would fail the benchmark, which is the point.
        askedForItsPrincipal = new IdentityRequests(ContainerIdentity.REQUEST, () -> {
            throw new IllegalStateException("the login was looked up for a request that cannot carry one");
        }, new LoginTraces(settings.remember(), request -> false));
        identityNone = new ServletGate(SettingsReader.read(Map.of(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin,/account",
                Setting.CONTAINER_IDENTITY.key(), "none")::get));
        if (guarded.requirementFor(plain) != null || guarded.requirementFor(withParameter) != null || before(plain) != null) {
            throw new IllegalStateException("the benchmark's request is not public");
        }
    }

    @Benchmark
    public Requirement publicRequest() {
        return guarded.requirementFor(plain);
    }

    /**
     * The request filter's public path with {@code cdi-login.container-identity=request}: the
     * decision, then the hand-over to the library, which is also the request wrapped for the chain. Returned
     * so that it escapes, as it does into the chain: its allocation is measured, not optimised away.
     */
    @Benchmark
    public HttpServletRequest publicRequestPresented() {
        return guarded.requirementFor(plain) == null ? IdentityRequests.presented(identityRequest.exchange(plain, response)) : null;
    }

    /**
     * The same with {@code cdi-login.container-identity=none}: the hand-over of request and response, and the
     * request passed on as it came. The hand-over is returned, so that it escapes as into the thread-local.
     */
    @Benchmark
    public Object publicRequestPresentedNone() {
        if (guarded.requirementFor(plain) != null) {
            return null;
        }
        CurrentHttpRequest.Exchange exchange = identityNone.exchange(plain, response);
        return IdentityRequests.presented(exchange) == plain ? exchange : null;
    }

    /**
     * What GlassFish and Payara add to each request in {@code request} mode: the request as presented, asked
     * for its principal before the servlet runs. The visitor has no session and no remember cookie, so the
     * answer is nobody, from the request alone ({@code LoginTraces}): no login is looked up. As in
     * {@link #publicRequestPresented()}, the decision first and the presented request returned, so that it escapes.
     */
    @Benchmark
    public HttpServletRequest publicRequestAskedForItsPrincipal() {
        if (guarded.requirementFor(plain) != null) {
            return null;
        }
        HttpServletRequest presented = IdentityRequests.presented(askedForItsPrincipal.exchange(plain, response));
        return presented.getUserPrincipal() == null ? presented : null;
    }

    @Benchmark
    public Requirement publicRequestWithPathParameter() {
        return guarded.requirementFor(withParameter);
    }

    @Benchmark
    public Requirement publicRequestBefore() {
        return before(plain);
    }

    /** The decision as it was: a map look-up by servlet name, then the joined path against each prefix. */
    private Requirement before(HttpServletRequest request) {
        Requirement byServlet = before.get(request.getHttpServletMapping().getServletName());
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        for (String prefix : prefixes) {
            if (prefix.equals("/") || path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/')) {
                return Requirement.stricter(byServlet, Requirement.LOGIN);
            }
        }
        return byServlet;
    }

    private static HttpServletRequest request(String uri) {
        HttpServletMapping mapping = new HttpServletMapping() {
            public String getMatchValue() { return "catalog"; }
            public String getPattern() { return "/catalog/*"; }
            public String getServletName() { return "public"; }
            public MappingMatch getMappingMatch() { return MappingMatch.PATH; }
        };
        return new HttpServletRequestWrapper(unsupported(HttpServletRequest.class)) {
            public String getMethod() { return "GET"; }
            public String getRequestURI() { return uri; }
            public String getServletPath() { return "/catalog"; }
            public String getPathInfo() { return "/shoes/42"; }
            public HttpServletMapping getHttpServletMapping() { return mapping; }
            public String getRequestedSessionId() { return null; }
            public Cookie[] getCookies() { return null; }
            public HttpSession getSession(boolean create) { return null; }
            public Principal getUserPrincipal() { return null; }
        };
    }

    /** A servlet context with these servlets, for the request filter's start. */
    static ServletContext context(Map<String, Class<?>> servlets) {
        return (ServletContext) Proxy.newProxyInstance(PublicRequestBenchmark.class.getClassLoader(), new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "/app";
                    case "getClassLoader" -> PublicRequestBenchmark.class.getClassLoader();
                    case "getServletRegistrations" -> {
                        Map<String, ServletRegistration> registrations = new java.util.HashMap<>();
                        servlets.forEach((name, type) -> registrations.put(name, registration(name, type)));
                        yield registrations;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ServletRegistration registration(String name, Class<?> type) {
        return (ServletRegistration) Proxy.newProxyInstance(PublicRequestBenchmark.class.getClassLoader(),
                new Class<?>[] {ServletRegistration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getClassName" -> type.getName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(PublicRequestBenchmark.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

}

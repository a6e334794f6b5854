package io.github.cdilogin.internal;

import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginOptions;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginSource;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.RememberedDevice;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.GuardedCalls;
import io.github.cdilogin.internal.jaxrs.JaxRsDoors;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.internal.login.CurrentLogin;
import io.github.cdilogin.internal.remember.MemoryTokenStore;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.web.LoginFilters;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.test.FakeHttp;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The library's whole share of one request, per kind of request (issue 15): the real request filter
 * ({@code LoginFilter.doFilter}, started over the application's servlets), then what the application's
 * code reaches, as the quickstart's {@code /api} does: the JAX-RS door of the resource method
 * ({@code JaxRsGuardFilter}), the {@code @LoginRequired} interceptor around it ({@code Guard.enforce}),
 * and the method's body, which asks for the user ({@code CurrentLogin}, a new one per request, made at the
 * first question as the request scope makes it). The application is the quickstart's shape: a user
 * loader (a map), a bearer-token {@code RequestLoader}, the remember store in memory, session
 * protection {@code basic}, {@code cross-origin-protection=all}, {@code container-identity=request} (the
 * quickstart opts in; the library's default, {@code none}, hands over a 24-byte record instead), a login
 * view, guarded servlets.
 *
 * <p>Not included: what the container adds (parsing, the session look-up by cookie, the CDI request
 * context and client proxies, the interceptor chain, the JAX-RS matching and invocation); the load
 * benchmark has those. The servlet request, response and session are {@code FakeHttp}'s, made once and
 * reused where the request carries nothing new, so that bytes per operation are the library's (and the
 * application's loaders'); where each invocation needs a new session or cookie, the fakes' share is
 * named in BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestPathBenchmark {

    private static final String AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final String ADDRESS = "192.0.2.7";
    private static final String TOKEN = "tok-4f1c9a0e7b2d4e8f";

    // ---- the application ----

    /** The quickstart's {@code Api}: a public method and a guarded one whose body asks for the user. */
    @Path("/")
    public static class Api {
        int runs;
        LoginManager login;

        @GET
        @Path("public")
        public String everybody() {
            runs++;
            return "{}";
        }

        @GET
        @Path("me")
        @LoginRequired
        public String me() {
            runs++;
            return login.currentUser().getId(); // what @CurrentUser's proxy reaches
        }
    }

    /** A guarded CDI bean that a public servlet calls: its interceptor refuses an anonymous call. */
    public static class Reports {
        int runs;

        @LoginRequired
        public String monthly() {
            runs++;
            return "report";
        }
    }

    /** The JAX-RS runtime's servlet, public as every servlet the library does not guard. */
    public static class JaxRsServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    /** A page that calls {@link Reports}: public itself, as the quickstart's pages that use guarded beans. */
    public static class ReportServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    /** A guarded page, so that the filter's look-up of the request's servlet is a real one. */
    @LoginRequired
    public static class ProfileServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    /** The quickstart's {@code BearerTokens}: {@code Authorization: Bearer <token>}, a map of tokens. */
    static final class BearerTokens implements RequestLoader {
        private static final String SCHEME = "Bearer ";
        private final Map<String, Wiring.BenchUser> tokens;
        int calls;

        BearerTokens(Map<String, Wiring.BenchUser> tokens) {
            this.tokens = tokens;
        }

        @Override
        public Optional<Wiring.BenchUser> loadUser(HttpServletRequest request) {
            calls++;
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                return Optional.empty();
            }
            return Optional.ofNullable(tokens.get(header.substring(SCHEME.length()).trim()));
        }

        @Override
        public boolean carriesCredentials(HttpServletRequest request) {
            return request.getHeader("Authorization") != null;
        }
    }

    /**
     * The request-scoped login as the guard's and the application's client proxies reach it: made at
     * the first question of a request (as {@code CurrentLoginFactory.create()} does), dropped at its end.
     */
    static final class RequestScope implements LoginManager {
        private final Wiring wiring;
        CurrentLogin current;
        CurrentLogin last;
        int created;

        RequestScope(Wiring wiring) {
            this.wiring = wiring;
        }

        private CurrentLogin login() {
            CurrentLogin login = current;
            if (login == null) {
                login = wiring.newLogin();
                current = login;
                created++;
            }
            return login;
        }

        void end() {
            last = current;
            current = null;
        }

        @Override public LoginUser currentUser() { return login().currentUser(); }
        @Override public boolean isFresh() { return login().isFresh(); }
        @Override public boolean isRemembered() { return login().isRemembered(); }
        @Override public LoginSource source() { return login().source(); }
        @Override public boolean login(LoginUser user) { return login().login(user); }
        @Override public boolean login(LoginUser user, LoginOptions options) { return login().login(user, options); }
        @Override public void logout() { login().logout(); }
        @Override public void confirm() { login().confirm(); }
        @Override public void revokeRememberedLogins(LoginUser user) { login().revokeRememberedLogins(user); }
        @Override public void passwordChanged(LoginUser user) { login().passwordChanged(user); }
        @Override public Optional<String> next() { return login().next(); }
        @Override public List<RememberedDevice> devices() { return login().devices(); }
        @Override public boolean revokeDevice(String id) { return login().revokeDevice(id); }
        @Override public void revokeOtherDevices() { login().revokeOtherDevices(); }
    }

    private Wiring wiring;
    private BearerTokens bearer;
    private RequestScope scope;
    private Filter filter;
    private final Api api = new Api();
    private final Reports reports = new Reports();

    private FilterChain publicChain;
    private FilterChain meChain;
    private FilterChain reportChain;

    private ApiRequest publicRequest;
    private ApiRequest sessionRequest;
    private ApiRequest stampedRequest;
    private ApiRequest rememberedRequest;
    private ApiRequest restoreRequest;
    private ApiRequest bearerRequest;
    private ApiRequest refusedRequest;
    private final ApiResponse response = new ApiResponse();
    private final Cookie[] rememberCookie = new Cookie[1];

    private Object answer;
    /**
     * The request each chain received, kept so that it escapes as it does into a container's chain (its
     * servlets, its request object pool): without this the JIT sees that the fake chain ignores it, and
     * removes a wrapper made for it by escape analysis, hiding its bytes.
     */
    private ServletRequest passedOn;

    @Setup
    public void setUp() throws Exception {
        Logger.getLogger("io.github.cdilogin").setLevel(Level.WARNING);
        Map<String, String> settings = Map.of("cdi-login.login-view", "/login", "cdi-login.refresh-view", "/reauth",
                "cdi-login.cross-origin-protection", "all", "cdi-login.container-identity", "request");
        bearer = new BearerTokens(Map.of(TOKEN, new Wiring.BenchUser("alice", "Alice")));
        wiring = new Wiring(settings, new MemoryTokenStore(Clock.systemUTC()), bearer, new CurrentHttpRequest());
        scope = new RequestScope(wiring);
        api.login = scope;
        Guard guard = GuardedCalls.guard(scope, wiring.events);
        BenchCdi.serve(Map.of(Guard.class, guard, ApplicationBeans.class, wiring.application, RememberMe.class,
                wiring.rememberMe, CrossOriginProtection.class, wiring.crossOrigin, LoginConfiguration.class,
                wiring.configuration));
        filter = LoginFilters.started(wiring.settings,
                Map.of("api", JaxRsServlet.class, "reports", ReportServlet.class, "profile", ProfileServlet.class));

        GuardedCalls interceptor = new GuardedCalls(guard);
        Method everybody = Api.class.getMethod("everybody");
        Method me = Api.class.getMethod("me");
        ContainerRequestFilter publicDoor = JaxRsDoors.of(Api.class, everybody);
        ContainerRequestFilter meDoor = JaxRsDoors.of(Api.class, me);
        ContainerRequestContext matched = JaxRsDoors.matchedTo(api);
        Call meCall = new Call(api, me, api::me);
        Call monthlyCall = new Call(reports, Reports.class.getMethod("monthly"), reports::monthly);
        // What the runtime does after the filter: the door, then the resource method through its interceptor.
        publicChain = (request, response) -> {
            passedOn = request;
            publicDoor.filter(matched);
            answer = api.everybody(); // no interceptor: the method is not guarded
        };
        meChain = (request, response) -> {
            passedOn = request;
            meDoor.filter(matched);
            try {
                answer = interceptor.call(meCall);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        reportChain = (request, response) -> {
            passedOn = request;
            try {
                answer = interceptor.call(monthlyCall);
            } catch (RuntimeException refused) {
                throw refused;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        publicRequest = new ApiRequest("api", "/api", "/public");
        sessionRequest = new ApiRequest("api", "/api", "/me").session(loggedIn("alice", LoginOptions.DEFAULT));
        stampedRequest = new ApiRequest("api", "/api", "/me").session(loggedIn("carol", LoginOptions.DEFAULT));
        rememberedRequest = new ApiRequest("api", "/api", "/me").session(loggedIn("bob", LoginOptions.DEFAULT.remember()));
        restoreRequest = new ApiRequest("api", "/api", "/me");
        restoreRequest.cookies(() -> rememberCookie);
        rememberCookie[0] = new Cookie("remember_token", rememberedValue("alice"));
        bearerRequest = new ApiRequest("api", "/api", "/me").with("Authorization", "Bearer " + TOKEN);
        refusedRequest = new ApiRequest("reports", "/reports", "/monthly").with("Accept", "application/json");
        proveEachPath();
    }

    /** A session logged in through the library, from the client the benchmark's requests come from. */
    private FakeHttp.Session loggedIn(String username, LoginOptions options) throws Exception {
        ApiRequest login = new ApiRequest("login", "/login", null);
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(login, new ApiResponse());
        try {
            wiring.newLogin().login(wiring.users.loadUser(username).orElseThrow(), options);
        } finally {
            CurrentHttpRequest.restore(outer);
        }
        return login.currentSession();
    }

    /** A remember cookie's value, from a login with remember me whose session is then dropped. */
    private String rememberedValue(String username) throws Exception {
        ApiRequest login = new ApiRequest("login", "/login", null);
        ApiResponse made = new ApiResponse();
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(login, made);
        try {
            wiring.newLogin().login(wiring.users.loadUser(username).orElseThrow(), LoginOptions.DEFAULT.remember());
        } finally {
            CurrentHttpRequest.restore(outer);
        }
        return valueOf(made.lastSetCookie());
    }

    /** Each benchmark does what it says, or the run fails before it measures anything. */
    private void proveEachPath() throws Exception {
        int users = wiring.users.calls;
        int created = scope.created;
        int apiRuns = api.runs;
        publicRequest();
        check(scope.created == created && wiring.users.calls == users && bearer.calls == 0 && api.runs == apiRuns + 1,
                "a public request asked for the user, or its method did not run");
        check(passedOn instanceof jakarta.servlet.http.HttpServletRequestWrapper presented && presented.getRequest() == publicRequest,
                "the chain did not receive the request as container-identity=request presents it: " + passedOn);
        Map<ApiRequest, String> sessions = Map.of(sessionRequest, "alice", stampedRequest, "carol", rememberedRequest, "bob");
        for (Map.Entry<ApiRequest, String> session : sessions.entrySet()) {
            users = wiring.users.calls;
            apiRuns = api.runs;
            serve(session.getKey(), meChain);
            check(scope.last.source() == LoginSource.SESSION && wiring.users.calls == users + 1 && api.runs == apiRuns + 1
                            && session.getValue().equals(answer),
                    "a session request did not load " + session.getValue() + " once from the session and run the method: "
                            + scope.last.source() + ", " + answer);
        }
        String before = rememberCookie[0].getValue();
        rememberRestored();
        check(!before.equals(rememberCookie[0].getValue()) && restoreRequest.currentSession() != null,
                "the remember cookie was not rotated into a new session");
        rememberRestored(); // the rotated value works again: each invocation is a genuine restore
        bearerRequest();
        check(scope.last.source() == LoginSource.REQUEST && "alice".equals(answer), "the bearer token did not log alice in");
        int reportRuns = reports.runs;
        int bearerCalls = bearer.calls;
        refusedRequest();
        check(reports.runs == reportRuns && response.status == 401 && response.bodyLength > 0
                        && bearer.calls == bearerCalls && scope.last.source() == LoginSource.NONE,
                "the anonymous call was not refused with 401 before the guarded method ran");
    }

    @TearDown
    public void guardedMethodNeverRanForTheAnonymous() {
        check(reports.runs == 0, "the guarded method ran " + reports.runs + " times for anonymous requests");
    }

    private static void check(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalStateException(otherwise);
        }
    }

    private Object serve(ApiRequest request, FilterChain chain) throws Exception {
        try {
            filter.doFilter(request, response, chain);
        } finally {
            scope.end();
        }
        return answer;
    }

    // ---- the kinds of request ----

    /** No session, no cookie, a public resource method: the filter and the method's JAX-RS door, nothing asks for the user. */
    @Benchmark
    public Object publicRequest() throws Exception {
        return serve(publicRequest, publicChain);
    }

    /** A logged-in session (protection {@code basic}), no stamp, no series: door, interceptor, the user resolved once. */
    @Benchmark
    public Object session() throws Exception {
        return serve(sessionRequest, meChain);
    }

    /** The same, a user with an auth stamp: plus the stamp's SHA-256 and its constant-time comparison. */
    @Benchmark
    public Object sessionWithAuthStamp() throws Exception {
        return serve(stampedRequest, meChain);
    }

    /** The same, a session made with remember me: plus the check that its series is live (one read of MemoryTokenStore). */
    @Benchmark
    public Object sessionRemembered() throws Exception {
        return serve(rememberedRequest, meChain);
    }

    /**
     * Only the remember cookie: a genuine restore each invocation (the value the previous one rotated to):
     * parse, look up, HMAC-verify, rotate, load the user, a new session holding the login, {@code Set-Cookie}.
     */
    @Benchmark
    public Object rememberRestored() throws Exception {
        restoreRequest.session(null); // the client never sent the session the previous restore started
        Object user = serve(restoreRequest, meChain);
        if (scope.last.source() != LoginSource.COOKIE) {
            throw new IllegalStateException("not restored from the cookie: " + scope.last.source());
        }
        rememberCookie[0] = new Cookie("remember_token", valueOf(response.lastSetCookie()));
        response.setCookieHeaders().clear();
        return user;
    }

    /** {@code Authorization: Bearer}, no session: the session and cookie found empty, then the request loader. */
    @Benchmark
    public Object bearerRequest() throws Exception {
        return serve(bearerRequest, meChain);
    }

    /**
     * Anonymous, to a public page that calls a {@code @LoginRequired} bean method: the interceptor's guard
     * resolves the request (no session, no cookie, the request loader finds nothing), fires
     * {@code UnauthorizedEvent} and throws {@code LoginRequiredException} (made without a stack trace);
     * the filter catches it and answers {@code 401} JSON. The method never runs.
     */
    @Benchmark
    public Object refusedRequest() throws Exception {
        response.status = 0;
        response.bodyLength = 0;
        return serve(refusedRequest, reportChain);
    }

    private static String valueOf(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    // ---- the fakes the container would give ----

    /**
     * A GET to a servlet of the application, from one client, with headers looked up without allocating
     * (a container compares names without case; {@code FakeHttp.Request} lower-cases each name it is
     * asked, which would count the fake's bytes as the library's).
     */
    static final class ApiRequest extends FakeHttp.Request {
        private final List<String[]> headers = new java.util.ArrayList<>(4);
        private final HttpServletMapping mapping;
        private final String servletPath;
        private final String pathInfo;
        private final String uri;

        ApiRequest(String servletName, String servletPath, String pathInfo) {
            super(ADDRESS, null);
            this.servletPath = servletPath;
            this.pathInfo = pathInfo;
            this.uri = servletPath + (pathInfo == null ? "" : pathInfo);
            with("User-Agent", AGENT).with("Host", "shop.example");
            mapping = new HttpServletMapping() {
                @Override public String getMatchValue() { return pathInfo == null ? "" : pathInfo.substring(1); }
                @Override public String getPattern() { return servletPath + "/*"; }
                @Override public String getServletName() { return servletName; }
                @Override public MappingMatch getMappingMatch() { return MappingMatch.PATH; }
            };
        }

        ApiRequest with(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        @Override
        public ApiRequest session(FakeHttp.Session session) {
            super.session(session);
            return this;
        }

        // A short scan without case, as Grizzly's MimeHeaders does.
        @Override public String getHeader(String name) {
            for (int i = 0; i < headers.size(); i++) {
                String[] header = headers.get(i);
                if (header[0].equalsIgnoreCase(name)) {
                    return header[1];
                }
            }
            return null;
        }
        @Override public Enumeration<String> getHeaders(String name) {
            if ("Cookie".equalsIgnoreCase(name)) {
                return super.getHeaders(name); // the cookies as the header they came in
            }
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }
        @Override public HttpServletMapping getHttpServletMapping() { return mapping; }
        @Override public String getServletPath() { return servletPath; }
        @Override public String getPathInfo() { return pathInfo; }
        @Override public String getRequestURI() { return uri; }
    }

    /** A response that also takes what a refusal writes: a status, headers and a body, kept only as figures. */
    static final class ApiResponse extends FakeHttp.Response {
        int status = 200;
        int bodyLength;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final ServletOutputStream body = new ServletOutputStream() {
            @Override public void write(int b) { bodyLength++; }
            @Override public void write(byte[] b, int off, int len) { bodyLength += len; }
            @Override public boolean isReady() { return true; }
            @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
        };

        @Override public void resetBuffer() { bodyLength = 0; }
        @Override public void setStatus(int sc) { status = sc; }
        @Override public int getStatus() { return status; }
        @Override public void setHeader(String name, String value) { headers.put(name, value); }
        @Override public String getHeader(String name) { return headers.get(name); }
        @Override public void setContentType(String type) { headers.put("Content-Type", type); }
        @Override public void setCharacterEncoding(String charset) { }
        @Override public void setContentLength(int len) { }
        @Override public ServletOutputStream getOutputStream() { return body; }
    }

    /** A call of a bean method, as the container hands it to an interceptor. */
    private static final class Call implements InvocationContext {
        private final Object target;
        private final Method method;
        private final Callable<Object> body;
        private final Object[] parameters = new Object[0];

        Call(Object target, Method method, Callable<Object> body) {
            this.target = target;
            this.method = method;
            this.body = body;
        }

        @Override public Object getTarget() { return target; }
        @Override public Object getTimer() { return null; }
        @Override public Method getMethod() { return method; }
        @Override public Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return parameters; }
        @Override public void setParameters(Object[] params) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Object> getContextData() { throw new UnsupportedOperationException(); }
        @Override public Object proceed() throws Exception { return body.call(); }
    }
}

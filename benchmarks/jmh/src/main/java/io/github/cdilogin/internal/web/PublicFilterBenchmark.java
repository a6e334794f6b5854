package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.crossorigin.CrossOriginPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole request filter ({@code LoginFilter.doFilter}) for a public request, with the chain doing
 * nothing: the library's cost per public request, for GET and for POST (a form posted to a public
 * servlet), with the default settings ({@code cdi-login.cross-origin-protection=login}: no check on
 * the way in). The POST carries the headers a browser sends with a same-origin form
 * ({@code Sec-Fetch-Site}, {@code Origin}). {@code sameOriginPostCheck} is what
 * {@code cross-origin-protection=all} adds to that POST (and what {@code LoginManager.login} adds to
 * a login): the rule's decision, which the filter reaches through an application-scoped bean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PublicFilterBenchmark {

    private LoginFilter filter;
    private HttpServletRequest get;
    private HttpServletRequest post;
    private HttpServletResponse response;
    private Blackhole blackhole;
    private FilterChain chain;
    private final CrossOriginPolicy policy = new CrossOriginPolicy(java.util.Set.of(), java.util.Set.of());

    @Setup
    public void setUp(Blackhole blackhole) throws Exception {
        this.blackhole = blackhole;
        // Outside a container the filter cannot reach the library's beans at init; it logs that, and no request here needs them.
        Logger.getLogger(LoginFilter.class.getName()).setLevel(Level.OFF);
        Map<String, String> settings = Map.of(Setting.LOGIN_REQUIRED_PATHS.key(), "/admin,/account");
        ServletGate gate = new ServletGate(SettingsReader.read(settings::get));
        ServletContext context = PublicRequestBenchmark.context(Map.of("guarded",
                PublicRequestBenchmark.GuardedServlet.class, "public", PublicRequestBenchmark.PublicServlet.class));
        filter = new LoginFilter(gate);
        filter.init(config(context));
        get = request("GET", Map.of());
        post = request("POST", Map.of("sec-fetch-site", "same-origin", "origin", "http://shop.example", "host", "shop.example"));
        response = new HttpServletResponseWrapper(PublicRequestBenchmark.unsupported(HttpServletResponse.class)) {
            public boolean isCommitted() { return false; }
        };
        chain = (req, res) -> this.blackhole.consume(req);
    }

    @Benchmark
    public void publicGet() throws Exception {
        filter.doFilter(get, response, chain);
    }

    @Benchmark
    public void publicPost() throws Exception {
        filter.doFilter(post, response, chain);
    }

    @Benchmark
    public CrossOriginPolicy.Refusal sameOriginPostCheck() {
        return policy.judge(post);
    }

    private static HttpServletRequest request(String method, Map<String, String> headers) {
        HttpServletMapping mapping = new HttpServletMapping() {
            public String getMatchValue() { return "catalog"; }
            public String getPattern() { return "/catalog/*"; }
            public String getServletName() { return "public"; }
            public MappingMatch getMappingMatch() { return MappingMatch.PATH; }
        };
        return new HttpServletRequestWrapper(PublicRequestBenchmark.unsupported(HttpServletRequest.class)) {
            public String getMethod() { return method; }
            public String getScheme() { return "http"; }
            public String getRemoteAddr() { return "192.0.2.7"; }
            public String getRequestURI() { return "/app/catalog/shoes/42"; }
            public String getServletPath() { return "/catalog"; }
            public String getPathInfo() { return "/shoes/42"; }
            public HttpServletMapping getHttpServletMapping() { return mapping; }
            public String getHeader(String name) { return headers.get(name.toLowerCase(java.util.Locale.ROOT)); }
            public Enumeration<String> getHeaders(String name) {
                String value = getHeader(name);
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(value));
            }
        };
    }

    private static FilterConfig config(ServletContext context) {
        return (FilterConfig) Proxy.newProxyInstance(PublicFilterBenchmark.class.getClassLoader(), new Class<?>[] {FilterConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletContext" -> context;
                    case "getFilterName" -> "cdi-login";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package io.github.cdilogin.internal.web;

import io.github.cdilogin.internal.config.LoginSettings;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Starts the library's real request filter ({@link LoginFilter}) outside a container, as the library's
 * {@code ServletContainerInitializer} registers it and the container starts it: over an application with
 * these servlets, whose classes it reads for guards at {@code init}. The beans it looks up (the guard,
 * the application's loaders, the remember cookie) come from {@code CDI.current()}, which the benchmark
 * answers with its hand-wired beans ({@code BenchCdi}).
 */
public final class LoginFilters {

    private LoginFilters() {
    }

    /**
     * @param settings the application's settings
     * @param servlets the application's servlets, by name
     * @return the filter, started
     */
    public static Filter started(LoginSettings settings, Map<String, Class<?>> servlets) {
        ServletContext context = PublicRequestBenchmark.context(servlets);
        LoginFilter filter = new LoginFilter(new ServletGate(settings));
        filter.init((FilterConfig) Proxy.newProxyInstance(LoginFilters.class.getClassLoader(), new Class<?>[] {FilterConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletContext" -> context;
                    case "getFilterName" -> "cdi-login";
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return filter;
    }
}

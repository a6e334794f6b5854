package io.github.cdilogin.bench.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In {@code bench-filter.war} only: a filter on every request that does nothing. It prices what the
 * server charges for any filter in the chain, which cdi-login's own filter pays too, so the benchmark
 * can tell the server's share of the public-request figure from the library's. Registered as the library
 * registers its own filter: on every path, for REQUEST dispatches, async supported.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PassThroughFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
    }
}

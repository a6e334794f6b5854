package io.github.cdilogin.bench.login;

import io.github.cdilogin.internal.CurrentHttpRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * For load clients that keep only the last header of a name (wrk's Lua sees one {@code Set-Cookie},
 * and a restore sets two: the rotated remember cookie, then the new session's): when the request
 * carries {@code X-Bench-Echo-Remember}, the rotated remember cookie's value is repeated in the
 * response header {@code X-Remember}, and the session the restore started is dropped once answered.
 * Mapped to {@code /api/me/remembered} alone, so that no other endpoint the benchmark compares passes
 * through a filter more than the WAR without cdi-login has.
 */
@WebFilter("/api/me/remembered")
public class RememberEcho extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("X-Bench-Echo-Remember") == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse echoing = new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, value);
                if ("Set-Cookie".equalsIgnoreCase(name) && value.startsWith("remember_token=")) {
                    super.setHeader("X-Remember", value.substring("remember_token=".length(), value.indexOf(';')));
                }
            }
        };
        // The library writes cookies to the response its filter handed on (a thread-local of its
        // internals, used here by the benchmark only): hand on the echoing one instead.
        CurrentHttpRequest.Exchange outer = CurrentHttpRequest.serving(request, echoing);
        try {
            chain.doFilter(request, echoing);
        } finally {
            CurrentHttpRequest.restore(outer);
        }
        // The load client never sends back the session a restore starts (each of its requests is a
        // restore), so it is dropped here: thousands a second, kept for the session timeout, would fill
        // the heap and slow every run after this one.
        HttpSession started = request.getSession(false);
        if (started != null) {
            started.invalidate();
        }
    }
}

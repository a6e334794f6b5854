package io.github.cdilogin.it.frozen.filter;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A filter, created once, taking the application's user type: frozen at its creation. */
@WebFilter("/*")
public class FrozenUserFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    @CurrentUser
    ItUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Who", String.valueOf(user));
        chain.doFilter(request, response);
    }
}

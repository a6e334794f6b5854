package io.github.cdilogin.quickstart;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers a browser needs to keep the example's pages to themselves, set on every response
 * before the application writes it. They are the application's business, not the login library's:
 * the pages load nothing from elsewhere and run no script, so the policy allows only this origin,
 * posts forms only to it, and lets no other site frame a page (clickjacking a login form).
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // The path and query of a page (a next= target) stay on this site.
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}

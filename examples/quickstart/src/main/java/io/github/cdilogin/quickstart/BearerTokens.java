package io.github.cdilogin.quickstart;

import io.github.cdilogin.spi.RequestLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Logs API clients in for one request from {@code Authorization: Bearer <token>}: Flask-Login's
 * {@code @request_loader}. The library asks it only when the session holds no login, and never
 * stores what it finds: the next request without the header is anonymous again.
 */
@ApplicationScoped
public class BearerTokens implements RequestLoader {

    private static final String SCHEME = "Bearer ";

    @Inject
    Users users;

    @Override
    public Optional<User> loadUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        // The scheme name is case-insensitive (RFC 9110, section 11.1).
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return users.findByApiToken(header.substring(SCHEME.length()).trim()).filter(User::isActive);
    }

    /** Without the header there is nothing to read: the library need not ask for a user (see RequestLoader). */
    @Override
    public boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }
}

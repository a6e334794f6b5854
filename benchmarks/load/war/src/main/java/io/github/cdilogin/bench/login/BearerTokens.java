package io.github.cdilogin.bench.login;

import io.github.cdilogin.spi.RequestLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** {@code Authorization: Bearer token-u3} logs {@code u3} in for one request. */
@ApplicationScoped
public class BearerTokens implements RequestLoader {

    private static final String PREFIX = "Bearer token-";

    @Inject
    BenchUsers users;

    @Override
    public Optional<BenchUser> loadUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX) ? users.loadUser(header.substring(PREFIX.length())) : Optional.empty();
    }

    /** Without the header there is nothing to read: the library need not ask for a user (see RequestLoader). */
    @Override
    public boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }
}

package io.github.cdilogin.it.app;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.spi.RequestLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** {@code Authorization: Bearer <username>-token} logs that user in for one request. */
@ApplicationScoped
public class BearerTokens implements RequestLoader {

    @Inject
    ItUsers users;

    @Override
    public Optional<? extends LoginUser> loadUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ") || !header.endsWith("-token")) {
            return Optional.empty();
        }
        return users.find(header.substring("Bearer ".length(), header.length() - "-token".length()));
    }
}

package io.github.cdilogin.it.guards.web.app;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** One user, alice. */
@ApplicationScoped
public class WebUsers implements UserLoader<WebUser> {

    @Override
    public Optional<WebUser> loadUser(String id) {
        return "alice".equals(id) ? Optional.of(new WebUser(id)) : Optional.empty();
    }
}

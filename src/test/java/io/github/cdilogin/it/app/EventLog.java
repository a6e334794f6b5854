package io.github.cdilogin.it.app;

import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.UnauthorizedEvent;
import io.github.cdilogin.UserLoadedFromRequestEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the library's events as {@code kind:user} lines, in order. */
@ApplicationScoped
public class EventLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    void loggedIn(@Observes LoginEvent event) {
        lines.add("login:" + event.user().getId() + (event.fresh() ? ":fresh" : ":stale"));
    }

    void loggedOut(@Observes LogoutEvent event) {
        lines.add("logout:" + event.user().getId());
    }

    void fromRequest(@Observes UserLoadedFromRequestEvent event) {
        lines.add("request:" + event.user().getId());
    }

    void refused(@Observes UnauthorizedEvent event) {
        lines.add("unauthorized:" + event.target());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}

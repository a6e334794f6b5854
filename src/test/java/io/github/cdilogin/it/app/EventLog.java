package io.github.cdilogin.it.app;

import io.github.cdilogin.CrossSiteRequestRefusedEvent;
import io.github.cdilogin.LoginConfirmedEvent;
import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.RememberCookieReplayedEvent;
import io.github.cdilogin.SessionProtectedEvent;
import io.github.cdilogin.UnauthorizedEvent;
import io.github.cdilogin.UserLoadedFromCookieEvent;
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

    void fromCookie(@Observes UserLoadedFromCookieEvent event) {
        lines.add("cookie:" + event.user().getId());
    }

    void replayed(@Observes RememberCookieReplayedEvent event) {
        lines.add("replayed:" + event.userId());
    }

    void protectedSession(@Observes SessionProtectedEvent event) {
        lines.add("protected:" + event.userId() + ":" + event.mode());
    }

    void crossSite(@Observes CrossSiteRequestRefusedEvent event) {
        lines.add("cross-site:" + event.method() + " " + event.path());
    }

    void confirmed(@Observes LoginConfirmedEvent event) {
        lines.add("confirmed:" + event.user().getId());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}

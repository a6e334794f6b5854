package io.github.cdilogin.support;

import io.github.cdilogin.CrossSiteRequestRefusedEvent;
import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginConfirmedEvent;
import io.github.cdilogin.LoginEvent;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.LogoutEvent;
import io.github.cdilogin.NeedsRefreshEvent;
import io.github.cdilogin.UnauthorizedEvent;
import io.github.cdilogin.UserAccessedEvent;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.StoredLogin;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the library's events in the order they arrive, with what the application could see of the
 * login at that moment.
 */
@ApplicationScoped
public class EventRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @Inject
    LoginManager loginManager;

    @Inject
    @CurrentUser
    LoginUser currentUser;

    /** The browser: its session, if it has one. */
    @Inject
    TestLoginSession browser;

    /** The library's real session handling, to read the login the session holds. */
    @Inject
    SessionAttributes loginSession;

    /** What an observer saw when it was notified, read while the event was being delivered. */
    public record Seen(LoginUser managerUser, String currentUserId, StoredLogin sessionLogin, boolean sessionExists) {
    }

    private volatile Seen seenAtLogin;
    private volatile Seen seenAtLogout;
    private volatile Seen seenAtConfirm;

    void login(@Observes LoginEvent event) {
        events.add(event);
        seenAtLogin = look();
    }

    void logout(@Observes LogoutEvent event) {
        events.add(event);
        seenAtLogout = look();
    }

    void confirm(@Observes LoginConfirmedEvent event) {
        events.add(event);
        seenAtConfirm = look();
    }

    // Must not touch the current user: it is being loaded.
    void access(@Observes UserAccessedEvent event) {
        events.add(event);
    }

    void unauthorized(@Observes UnauthorizedEvent event) {
        events.add(event);
    }

    void needsRefresh(@Observes NeedsRefreshEvent event) {
        events.add(event);
    }

    void crossSite(@Observes CrossSiteRequestRefusedEvent event) {
        events.add(event);
    }

    private Seen look() {
        return new Seen(loginManager.currentUser(), currentUser.getId(), loginSession.read(),
                browser.sessionId() != null);
    }

    /** @return every event so far, oldest first */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** @return the events of one type, oldest first */
    public <E> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the simple names of the event types, oldest first, for readable assertions */
    public List<String> names() {
        return events.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    public void clear() {
        events.clear();
    }

    public Seen seenAtLogin() {
        return seenAtLogin;
    }

    public Seen seenAtLogout() {
        return seenAtLogout;
    }

    public Seen seenAtConfirm() {
        return seenAtConfirm;
    }
}

package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.session.ClientIdentifier;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.StoredLogin;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.AsyncLoginObserver;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.EventRecorder;
import io.github.cdilogin.support.EventRecorder.Seen;
import io.github.cdilogin.support.FailingLoginObserver;
import io.github.cdilogin.support.GuardedService;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's CDI events, Flask-Login's signals: when they fire, with what, and what observers see. */
@EnableWeld
class LoginEventsTest {

    private static final String OPEN = GuardedService.class.getName() + "#open";
    private static final String CHANGE_PASSWORD = GuardedService.class.getName() + "#changePassword";

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(EventRecorder.class, AsyncLoginObserver.class,
            FailingLoginObserver.class, GuardedService.class);

    @Inject
    LoginManager loginManager;

    /** The browser: the one session of these tests, in which the library's real session handling runs. */
    @Inject
    TestLoginSession browser;

    /** The library's real session handling, to read the login the session holds. */
    @Inject
    SessionAttributes session;

    /** The request in progress, as TestLoginSession produces it. */
    @Inject
    HttpServletRequest request;

    @Inject
    LoginConfiguration configuration;

    @Inject
    CountingUserLoader users;

    @Inject
    EventRecorder recorder;

    @Inject
    AsyncLoginObserver asyncObserver;

    @Inject
    FailingLoginObserver failingObserver;

    @Inject
    GuardedService service;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice");

    @BeforeEach
    void beginRequest() {
        users.save(alice);
        requests = new Requests(weld);
        requests.begin();
    }

    @AfterEach
    void endRequestOnceAsynchronousDeliveriesAreDone() throws InterruptedException {
        requests.end();
        // A login fired asynchronously too: let it arrive before the container stops.
        asyncObserver.awaitCount(recorder.events(LoginEvent.class).size(), 5);
    }

    @Test
    void loginFiresLoginEventWithTheUserAndTheOptions() {
        loginManager.login(alice);

        assertEquals(List.of(new LoginEvent(alice, false, true)), recorder.events(LoginEvent.class));
    }

    @Test
    void notFreshLoginFiresLoginEventSayingSo() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertEquals(List.of(new LoginEvent(alice, false, false)), recorder.events(LoginEvent.class));
    }

    @Test
    void rememberMeOutsideAnHttpRequestIsRefusedBeforeAnythingChanges() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> loginManager.login(alice, LoginOptions.DEFAULT.remember()));

        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("remember me needs the response"),
                refused.getMessage());
        assertEquals(List.of(), recorder.events(LoginEvent.class), "events after a refused remembered login");
    }

    @Test
    void loginEventObserverSeesTheLoginComplete() {
        loginManager.login(alice);

        Seen seen = recorder.seenAtLogin();
        assertNotNull(seen, "the LoginEvent observer never ran");
        assertSame(alice, seen.managerUser(), "LoginManager.currentUser() in the observer");
        assertEquals("alice", seen.currentUserId(), "@CurrentUser LoginUser in the observer");
        assertEquals(new StoredLogin("alice", true, false, false, thisClient(), null), seen.sessionLogin(),
                "session in the observer");
    }

    @Test
    void logoutFiresLogoutEventWithTheUserWhoLeft() {
        loginManager.login(alice);

        loginManager.logout();

        assertEquals(List.of(new LogoutEvent(alice)), recorder.events(LogoutEvent.class));
    }

    @Test
    void logoutWithNobodyLoggedInFiresLogoutEventWithTheAnonymousUser() {
        loginManager.logout();

        assertEquals(List.of(new LogoutEvent(LoginUser.anonymous())), recorder.events(LogoutEvent.class));
    }

    @Test
    void logoutEventObserverSeesTheLogoutComplete() {
        loginManager.login(alice);

        loginManager.logout();

        Seen seen = recorder.seenAtLogout();
        assertNotNull(seen, "the LogoutEvent observer never ran");
        assertSame(LoginUser.anonymous(), seen.managerUser(), "LoginManager.currentUser() in the observer");
        assertEquals(null, seen.currentUserId(), "@CurrentUser LoginUser id in the observer");
        assertFalse(seen.sessionExists(), "session still valid in the observer");
    }

    @Test
    void confirmFiresLoginConfirmedEventWithTheUser() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        loginManager.confirm();

        assertEquals(List.of(new LoginConfirmedEvent(alice)), recorder.events(LoginConfirmedEvent.class));
    }

    @Test
    void loginConfirmedEventObserverSeesTheFreshLogin() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        loginManager.confirm();

        Seen seen = recorder.seenAtConfirm();
        assertNotNull(seen, "the LoginConfirmedEvent observer never ran");
        assertTrue(seen.sessionLogin().fresh(), "session login in the observer: " + seen.sessionLogin());
    }

    @Test
    void firstReadOfTheUserInARequestFiresUserAccessedOnce() {
        browser.login("alice", true);

        loginManager.currentUser();
        loginManager.isFresh();
        loginManager.source();

        assertEquals(List.of("UserAccessedEvent"), recorder.names());
    }

    @Test
    void eachRequestThatReadsTheUserFiresUserAccessed() {
        loginManager.currentUser();
        requests.next();
        loginManager.currentUser();

        assertEquals(2, recorder.events(UserAccessedEvent.class).size(), "events: " + recorder.names());
    }

    @Test
    void requestThatNeverReadsTheUserFiresNoEvent() {
        service.publicInfo();

        assertEquals(List.of(), recorder.names());
    }

    @Test
    void eventsArriveInTheOrderOfTheChanges() {
        loginManager.currentUser();
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        loginManager.confirm();
        loginManager.logout();

        assertEquals(List.of("UserAccessedEvent", "LoginEvent", "LoginConfirmedEvent", "LogoutEvent"), recorder.names());
    }

    @Test
    void anonymousCallToAGuardedMethodFiresUnauthorizedEventNamingTheMethod() {
        assertThrows(LoginRequiredException.class, service::open);

        assertEquals(List.of(new UnauthorizedEvent(OPEN)), recorder.events(UnauthorizedEvent.class));
    }

    @Test
    void staleCallToAFreshGuardedMethodFiresNeedsRefreshEventWithUserAndMethod() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertThrows(FreshLoginRequiredException.class, service::changePassword);

        assertEquals(List.of(new NeedsRefreshEvent(alice, CHANGE_PASSWORD)), recorder.events(NeedsRefreshEvent.class));
        assertEquals(List.of(), recorder.events(UnauthorizedEvent.class), "unauthorized events");
    }

    @Test
    void allowedCallFiresNoRefusalEvent() {
        loginManager.login(alice);

        service.open();
        service.changePassword();

        assertEquals(List.of("LoginEvent"), recorder.names());
    }

    @Test
    void asynchronousObserverReceivesLoginEvent() throws InterruptedException {
        loginManager.login(alice);

        LoginEvent received = asyncObserver.await(5);

        assertEquals(new LoginEvent(alice, false, true), received, "asynchronous LoginEvent within 5 s");
    }

    @Test
    void failingLoginEventObserverPropagatesOutOfLogin() {
        failingObserver.arm();

        assertThrows(FailingLoginObserver.AuditFailure.class, () -> loginManager.login(alice));
    }

    @Test
    void failingLoginEventObserverDoesNotUndoTheLogin() {
        failingObserver.arm();

        assertThrows(FailingLoginObserver.AuditFailure.class, () -> loginManager.login(alice));

        assertSame(alice, loginManager.currentUser(), "current user after the failed observer");
        assertEquals(new StoredLogin("alice", true, false, false, thisClient(), null), session.read(),
                "session login");
        requests.next();
        assertEquals(alice, loginManager.currentUser(), "current user in the next request");
    }

    /**
     * @return the identifier session protection keeps for the client TestLoginSession plays, which a login
     *         or confirm in its request stores with the login
     */
    private String thisClient() {
        return ClientIdentifier.of(request, configuration.settings().protection());
    }
}

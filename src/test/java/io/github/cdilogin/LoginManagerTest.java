package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.InMemoryLoginSession;
import io.github.cdilogin.internal.SessionLogin;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.EventRecorder;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link LoginManager}: login, logout, confirm and the questions about the current login. */
@EnableWeld
class LoginManagerTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(EventRecorder.class);

    @Inject
    LoginManager loginManager;

    @Inject
    @CurrentUser
    LoginUser currentUser;

    @Inject
    InMemoryLoginSession session;

    @Inject
    CountingUserLoader users;

    @Inject
    EventRecorder recorder;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice");

    @BeforeEach
    void beginRequest() {
        requests = new Requests(weld);
        requests.begin();
        users.save(alice);
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void nobodyIsLoggedInAtFirst() {
        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(LoginSource.NONE, loginManager.source(), "source");
        assertFalse(loginManager.isFresh(), "fresh");
        assertFalse(loginManager.isRemembered(), "remembered");
    }

    @Test
    void loginMakesTheUserTheCurrentUser() {
        assertTrue(loginManager.login(alice), "login returned false");

        assertSame(alice, loginManager.currentUser(), "loginManager.currentUser()");
        assertEquals("alice", currentUser.getId(), "@CurrentUser LoginUser id");
    }

    @Test
    void loginIsFresh() {
        loginManager.login(alice);

        assertTrue(loginManager.isFresh(), "isFresh after login");
        assertFalse(loginManager.isRemembered(), "isRemembered after login");
    }

    @Test
    void loginComesFromTheSession() {
        loginManager.login(alice);

        assertEquals(LoginSource.SESSION, loginManager.source());
    }

    @Test
    void loginStoresOnlyTheUserIdAndFlagsInTheSession() {
        loginManager.login(alice);

        assertEquals(new SessionLogin("alice", true, false, false, null, null), session.login());
    }

    @Test
    void loginInANewSessionNeedsNoSessionIdChange() {
        loginManager.login(alice);

        assertEquals(0, session.idChanges(), "session id changes");
    }

    @Test
    void loginInAnExistingSessionChangesTheSessionId() {
        loginManager.login(alice);
        requests.next();

        loginManager.login(users.save(AppUser.active("bob")));

        assertEquals(1, session.idChanges(), "session id changes");
        assertEquals("bob", session.login().userId(), "session login");
    }

    @Test
    void loginOfAnInactiveUserReturnsFalseAndChangesNothing() {
        AppUser disabled = users.save(AppUser.inactive("carol"));

        boolean loggedIn = loginManager.login(disabled);

        assertFalse(loggedIn, "login of an inactive user returned true");
        assertEquals(0, session.writes(), "session writes");
        assertNull(session.login(), "session login");
        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(LoginSource.NONE, loginManager.source(), "source");
        assertEquals(0, recorder.events(LoginEvent.class).size(), "login events: " + recorder.events());
    }

    @Test
    void forcedLoginLogsAnInactiveUserIn() {
        AppUser disabled = users.save(AppUser.inactive("carol"));

        assertTrue(loginManager.login(disabled, LoginOptions.DEFAULT.force()), "forced login returned false");

        assertSame(disabled, loginManager.currentUser(), "current user");
        assertEquals(new SessionLogin("carol", true, false, true, null, null), session.login(), "session login");
    }

    @Test
    void forcedLoginOfAnInactiveUserSurvivesTheNextRequest() {
        AppUser disabled = users.save(AppUser.inactive("carol"));
        loginManager.login(disabled, LoginOptions.DEFAULT.force());

        requests.next();

        assertEquals(disabled, loginManager.currentUser(), "current user in the next request");
    }

    @Test
    void loginOfTheAnonymousUserIsRejected() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> loginManager.login(LoginUser.anonymous()));

        assertTrue(refused.getMessage().contains("anonymous"), refused.getMessage());
        assertNull(session.login(), "session login");
    }

    @Test
    void loginOfAUserWithoutIdIsRejected() {
        AppUser nameless = new AppUser(null, true);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> loginManager.login(nameless));

        assertTrue(refused.getMessage().contains("getId() returned null"), refused.getMessage());
        assertEquals(0, session.writes(), "session writes");
    }

    @Test
    void loginOfAnotherUserReplacesTheFirst() {
        loginManager.login(alice);
        AppUser bob = users.save(AppUser.active("bob"));

        loginManager.login(bob);

        assertSame(bob, loginManager.currentUser(), "current user");
        assertEquals("bob", session.login().userId(), "session login");
    }

    @Test
    void notFreshLoginIsNotFresh() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertFalse(loginManager.isFresh(), "isFresh after a notFresh login");
        assertSame(alice, loginManager.currentUser(), "current user");
    }

    @Test
    void loginLastsIntoTheNextRequest() {
        loginManager.login(alice);

        requests.next();

        assertEquals(alice, loginManager.currentUser(), "current user in the next request");
        assertEquals(LoginSource.SESSION, loginManager.source(), "source");
        assertTrue(loginManager.isFresh(), "still fresh in the same session");
    }

    @Test
    void logoutMakesTheAnonymousUserCurrent() {
        loginManager.login(alice);

        loginManager.logout();

        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(LoginSource.NONE, loginManager.source(), "source");
        assertFalse(loginManager.isFresh(), "fresh");
    }

    @Test
    void logoutInvalidatesTheSession() {
        loginManager.login(alice);

        loginManager.logout();

        assertEquals(1, session.invalidations(), "invalidations");
        assertNull(session.login(), "session login");
    }

    @Test
    void logoutLastsIntoTheNextRequest() {
        loginManager.login(alice);
        loginManager.logout();

        requests.next();

        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user in the next request");
    }

    @Test
    void confirmMakesANotFreshLoginFresh() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        loginManager.confirm();

        assertTrue(loginManager.isFresh(), "isFresh after confirm");
        assertEquals(new SessionLogin("alice", true, false, false, null, null), session.login(), "session login");
    }

    @Test
    void confirmChangesTheSessionId() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        int before = session.idChanges();

        loginManager.confirm();

        assertEquals(before + 1, session.idChanges(), "session id changes");
    }

    @Test
    void confirmInALaterRequestKeepsTheUser() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        requests.next();

        loginManager.confirm();

        assertTrue(loginManager.isFresh(), "isFresh after confirm");
        assertEquals(alice, loginManager.currentUser(), "current user");
    }

    @Test
    void confirmWithoutLoginDoesNothing() {
        loginManager.confirm();

        assertEquals(0, session.writes(), "session writes");
        assertFalse(loginManager.isFresh(), "fresh");
        assertEquals(0, recorder.events(LoginConfirmedEvent.class).size(), "confirm events: " + recorder.events());
    }
}

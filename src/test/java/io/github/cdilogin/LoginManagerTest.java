package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.session.ClientIdentifier;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.StoredLogin;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.EventRecorder;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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

        assertEquals(new StoredLogin("alice", true, false, false, thisClient(), null), session.read());
    }

    @Test
    void loginInANewSessionNeedsNoSessionIdChange() {
        assertNull(browser.sessionId(), "a session before the login");

        // TestLoginSession's changeSessionId fails without a session, as a servlet container's does.
        assertTrue(loginManager.login(alice), "login returned false");

        assertNotNull(browser.sessionId(), "the login made no session");
        assertEquals("alice", session.read().userId(), "session login");
    }

    @Test
    void loginInAnExistingSessionChangesTheSessionId() {
        loginManager.login(alice);
        requests.next();
        String before = browser.sessionId();
        assertNotNull(before, "the first login made no session");

        loginManager.login(users.save(AppUser.active("bob")));

        assertNotEquals(before, browser.sessionId(), "session id after the second login");
        assertEquals("bob", session.read().userId(), "session login");
    }

    @Test
    void loginOfAnInactiveUserReturnsFalseAndChangesNothing() {
        AppUser disabled = users.save(AppUser.inactive("carol"));

        boolean loggedIn = loginManager.login(disabled);

        assertFalse(loggedIn, "login of an inactive user returned true");
        assertNull(browser.sessionId(), "session writes: a session was made");
        assertNull(session.read(), "session login");
        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(LoginSource.NONE, loginManager.source(), "source");
        assertEquals(0, recorder.events(LoginEvent.class).size(), "login events: " + recorder.events());
    }

    @Test
    void forcedLoginLogsAnInactiveUserIn() {
        AppUser disabled = users.save(AppUser.inactive("carol"));

        assertTrue(loginManager.login(disabled, LoginOptions.DEFAULT.force()), "forced login returned false");

        assertSame(disabled, loginManager.currentUser(), "current user");
        assertEquals(new StoredLogin("carol", true, false, true, thisClient(), null), session.read(),
                "session login");
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
        assertNull(session.read(), "session login");
    }

    @Test
    void loginOfAUserWithoutIdIsRejected() {
        AppUser nameless = new AppUser(null, true);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> loginManager.login(nameless));

        assertTrue(refused.getMessage().contains("getId() returned null"), refused.getMessage());
        assertNull(browser.sessionId(), "session writes: a session was made");
    }

    @Test
    void loginOfAnotherUserReplacesTheFirst() {
        loginManager.login(alice);
        AppUser bob = users.save(AppUser.active("bob"));

        loginManager.login(bob);

        assertSame(bob, loginManager.currentUser(), "current user");
        assertEquals("bob", session.read().userId(), "session login");
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
        assertNotNull(browser.sessionId(), "the login made no session");

        loginManager.logout();

        assertNull(browser.sessionId(), "the session was not invalidated");
        assertNull(session.read(), "session login");
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
        assertEquals(new StoredLogin("alice", true, false, false, thisClient(), null), session.read(),
                "session login");
    }

    @Test
    void confirmChangesTheSessionId() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());
        String before = browser.sessionId();
        assertNotNull(before, "the login made no session");

        loginManager.confirm();

        assertNotEquals(before, browser.sessionId(), "session id after confirm");
        assertNotNull(browser.sessionId(), "the session after confirm");
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

        assertNull(browser.sessionId(), "session writes: a session was made");
        assertFalse(loginManager.isFresh(), "fresh");
        assertEquals(0, recorder.events(LoginConfirmedEvent.class).size(), "confirm events: " + recorder.events());
    }

    /**
     * @return the identifier session protection keeps for the client TestLoginSession plays, which a login
     *         or confirm in its request stores with the login
     */
    private String thisClient() {
        return ClientIdentifier.of(request, configuration.settings().protection());
    }
}

package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdilogin.internal.session.AuthStamps;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.GuardedService;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auth stamp ({@link LoginUser#getAuthStamp()}): a session logged in with one ends at its next request
 * once the stamp changes, and {@link LoginManager#passwordChanged(LoginUser)} keeps the login that made the change.
 */
@EnableWeld
class AuthStampTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(GuardedService.class);

    @Inject
    LoginManager loginManager;

    @Inject
    TestLoginSession browser;

    @Inject
    SessionAttributes session;

    @Inject
    CountingUserLoader users;

    @Inject
    GuardedService guarded;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice").withStamp("password-hash-1");

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
    void sessionKeepsOnlyAHashOfTheStamp() {
        loginManager.login(alice);
        assertEquals(AuthStamps.of(alice), session.read().stampHash());
        assertEquals(22, session.read().stampHash().length());
    }

    @Test
    void unchangedStampKeepsTheLogin() {
        loginManager.login(alice);
        requests.next();
        assertEquals("opened", guarded.open());
        assertEquals(LoginSource.SESSION, loginManager.source());
    }

    @Test
    void changedStampEndsTheSessionAtItsNextRequestAndTheGuardedCodeDoesNotRun() {
        loginManager.login(alice);
        requests.next();
        users.save(alice.withStamp("password-hash-2")); // changed elsewhere: another session, an administrator
        assertThrows(LoginRequiredException.class, () -> guarded.open());
        assertSame(LoginUser.anonymous(), loginManager.currentUser());
        assertNull(browser.sessionId(), "the session must be invalidated, not only forgotten");
    }

    @Test
    void stampGoneSinceTheLoginEndsTheSession() {
        loginManager.login(alice);
        requests.next();
        users.save(alice.withStamp(null));
        assertSame(LoginUser.anonymous(), loginManager.currentUser());
    }

    @Test
    void sessionSeededWithoutAStampIsNotEndedByOne() {
        browser.login("alice", true); // a login from before the application gave stamps
        assertEquals("opened", guarded.open());
    }

    @Test
    void passwordChangedKeepsTheLoginThatChangedItUnderANewSessionId() {
        loginManager.login(alice);
        requests.next();
        String before = browser.sessionId();
        AppUser changed = users.save(alice.withStamp("password-hash-2"));
        loginManager.passwordChanged(changed);
        assertEquals(AuthStamps.of(changed), session.read().stampHash());
        assertNotEquals(before, browser.sessionId(), "a password change renews the session id");
        requests.next();
        assertEquals("opened", guarded.open());
        assertEquals("alice", loginManager.currentUser().getId());
        assertEquals(LoginSource.SESSION, loginManager.source());
    }

    @Test
    void passwordChangedKeepsFreshness() {
        loginManager.login(alice);
        requests.next();
        loginManager.passwordChanged(users.save(alice.withStamp("password-hash-2")));
        requests.next();
        assertEquals("changed", guarded.changePassword(), "still fresh: the same login");
    }

    @Test
    void passwordChangedForAnotherUserLeavesThisLoginAlone() {
        AppUser bob = users.save(AppUser.active("bob").withStamp("b1"));
        loginManager.login(alice);
        requests.next();
        String before = browser.sessionId();
        loginManager.passwordChanged(users.save(bob.withStamp("b2")));
        assertEquals(before, browser.sessionId());
        assertEquals(AuthStamps.of(alice), session.read().stampHash());
        requests.next();
        assertEquals("alice", loginManager.currentUser().getId());
    }

    @Test
    void passwordChangedWithNobodyLoggedInChangesNoSession() {
        loginManager.passwordChanged(alice.withStamp("password-hash-2"));
        assertNull(browser.sessionId());
        assertNotNull(loginManager.currentUser());
    }

    @Test
    void passwordChangedAfterTheGuardReadTheUserKeepsTheLogin() {
        loginManager.login(alice);
        requests.next();
        assertEquals("opened", guarded.open()); // the change-password page's guard resolved the old stamp
        loginManager.passwordChanged(users.save(alice.withStamp("password-hash-2")));
        requests.next();
        assertEquals("opened", guarded.open());
    }
}

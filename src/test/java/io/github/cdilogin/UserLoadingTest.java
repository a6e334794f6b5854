package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.GuardedService;
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

/**
 * The user loader, Flask-Login's {@code _load_user}: lazy, at most once per request, and a user it no
 * longer finds (or finds inactive) is logged out. Each test starts with alice's login in the session,
 * as an earlier request left it.
 */
@EnableWeld
class UserLoadingTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(GuardedService.class);

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
    CountingUserLoader users;

    @Inject
    GuardedService service;

    private Requests requests;

    @BeforeEach
    void aliceLoggedInEarlier() {
        users.save(AppUser.active("alice"));
        browser.login("alice", true);
        requests = new Requests(weld);
        requests.begin();
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void userLoaderRunsOncePerRequestWhenTheUserIsReadThreeTimes() {
        loginManager.currentUser();
        currentUser.getId();
        loginManager.isFresh();

        assertEquals(1, users.calls(), "user loader calls in one request");
    }

    @Test
    void userLoaderRunsAgainInTheNextRequest() {
        loginManager.currentUser();
        requests.next();
        loginManager.currentUser();
        currentUser.getId();

        assertEquals(2, users.calls(), "user loader calls in two requests");
    }

    @Test
    void userLoaderDoesNotRunWhenNobodyAsksForTheUser() {
        service.publicInfo();
        requests.next();

        assertEquals(0, users.calls(), "user loader calls");
    }

    @Test
    void userLoaderDoesNotRunWhenTheSessionHoldsNoLogin() {
        sessionWithoutLogin();

        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(0, users.calls(), "user loader calls");
    }

    @Test
    void userLoaderDoesNotRunForTheUserJustLoggedIn() {
        sessionWithoutLogin();
        AppUser bob = users.save(AppUser.active("bob"));

        loginManager.login(bob);
        loginManager.currentUser();
        currentUser.getId();

        assertEquals(0, users.calls(), "user loader calls");
    }

    @Test
    void loadedUserIsTheCurrentUser() {
        assertEquals(AppUser.active("alice"), loginManager.currentUser());
        assertEquals(LoginSource.SESSION, loginManager.source());
    }

    @Test
    void userTheLoaderNoLongerFindsIsLoggedOut() {
        users.delete("alice");

        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertEquals(LoginSource.NONE, loginManager.source(), "source");
        assertNull(session.read(), "session login after the user was deleted");
    }

    @Test
    void userWhoBecameInactiveIsLoggedOut() {
        users.save(AppUser.inactive("alice"));

        assertSame(LoginUser.anonymous(), loginManager.currentUser(), "current user");
        assertNull(session.read(), "session login after the user was deactivated");
    }

    @Test
    void loggedOutDeletedUserStaysLoggedOutWithoutAskingTheLoaderAgain() {
        users.delete("alice");
        loginManager.currentUser();

        requests.next();
        loginManager.currentUser();

        assertEquals(1, users.calls(), "user loader calls over two requests");
    }

    /** Replaces alice's session with one that holds no login, as a visitor's who never logged in. */
    private void sessionWithoutLogin() {
        browser.clear();
        request.getSession(true);
    }
}

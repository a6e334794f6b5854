package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The test helper applications use to start Weld SE tests logged in (Flask-Login's FlaskLoginClient),
 * running the library's real session handling: no session double here.
 */
@EnableWeld
class TestLoginSessionTest {

    @WeldSetup
    public WeldInitiator weld = WeldInitiator.from(TestDeployment.bare(TestLoginSession.class, CountingUserLoader.class,
            GuardedService.class)).build();

    @Inject
    TestLoginSession browser;

    @Inject
    CountingUserLoader users;

    @Inject
    GuardedService service;

    @Inject
    LoginManager loginManager;

    private Requests requests;

    @BeforeEach
    void aliceExists() {
        users.save(AppUser.active("alice"));
        requests = new Requests(weld);
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void freshLoginPassesEveryGuard() {
        browser.login("alice", true);
        requests.begin();

        assertEquals("changed", service.changePassword());
        assertEquals("alice", loginManager.currentUser().getId());
        assertEquals(LoginSource.SESSION, loginManager.source());
    }

    @Test
    void staleLoginIsRefusedByFreshGuardsOnly() {
        browser.login("alice", false);
        requests.begin();

        assertEquals("opened", service.open());
        assertThrows(FreshLoginRequiredException.class, () -> service.changePassword());
    }

    @Test
    void noLoginIsAnonymous() {
        requests.begin();

        assertTrue(loginManager.currentUser().isAnonymous());
        assertThrows(LoginRequiredException.class, () -> service.open());
    }

    @Test
    void loginThroughTheManagerChangesTheSessionIdAndLastsIntoTheNextRequest() {
        browser.login("alice", false);
        String before = browser.sessionId();
        requests.begin();
        loginManager.login(AppUser.active("alice"));
        requests.next();

        assertNotEquals(before, browser.sessionId(), "the real session handling changes the id at login");
        assertEquals("changed", service.changePassword());
    }

    @Test
    void logoutInvalidatesTheSession() {
        browser.login("alice", true);
        requests.begin();
        loginManager.logout();
        requests.next();

        assertNull(browser.sessionId(), "the session should be gone");
        assertThrows(LoginRequiredException.class, () -> service.open());
    }

    @Test
    void userLoaderRunsOncePerRequest() {
        browser.login("alice", true);
        requests.begin();
        int before = users.calls();
        loginManager.currentUser();
        service.open();
        service.changePassword();

        assertEquals(1, users.calls() - before);
    }
}

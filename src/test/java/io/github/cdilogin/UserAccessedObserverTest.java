package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.support.AccessAuditor;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
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

/** An observer of {@link UserAccessedEvent} that itself reads the current user. */
@EnableWeld
class UserAccessedObserverTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(AccessAuditor.class);

    @Inject
    LoginManager loginManager;

    /** The browser: the one session of these tests, in which the library's real session handling runs. */
    @Inject
    TestLoginSession browser;

    @Inject
    CountingUserLoader users;

    @Inject
    AccessAuditor auditor;

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
    void userAccessedObserverThatReadsTheCurrentUserDoesNotRecurse() {
        LoginUser user = assertDoesNotThrow(() -> loginManager.currentUser());

        assertEquals("alice", user.getId(), "current user");
        assertEquals(java.util.List.of("alice"), auditor.audited(), "what the observer read, once per request");
    }
}

package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.UserLoader;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * {@code @CurrentUser Instance<AppUser>}, the form for holders that outlive the request: each {@code get()}
 * answers for the request in progress, and the holder keeps nothing of it, however many requests it serves.
 */
@EnableWeld
class CurrentUserInstanceTest {

    /** A loader that makes a new user object at every load, as one reading a database does. */
    @ApplicationScoped
    static class FreshUsers implements UserLoader<AppUser> {
        @Override
        public Optional<AppUser> loadUser(String id) {
            return Optional.of(AppUser.active(id));
        }
    }

    /** Lives as long as the application, like a servlet. */
    @ApplicationScoped
    static class LongLivedReader {
        @Inject
        @CurrentUser
        Instance<AppUser> user;

        AppUser user() {
            return user.get();
        }
    }

    @WeldSetup
    public WeldInitiator weld = WeldInitiator.from(TestDeployment.bare(TestLoginSession.class, FreshUsers.class,
            LongLivedReader.class)).build();

    @Inject
    TestLoginSession browser;

    @Inject
    LongLivedReader reader;

    @Test
    void eachGetAnswersForItsOwnRequest() {
        Requests requests = new Requests(weld);
        browser.login("alice", true);
        requests.begin();
        assertEquals("alice", reader.user().getId(), "first request");
        requests.end();

        browser.login("bob", true);
        requests.begin();
        assertEquals("bob", reader.user().getId(), "second request");
        requests.end();
    }

    @Test
    void theHolderKeepsNoUserOfARequestThatEnded() throws InterruptedException {
        Requests requests = new Requests(weld);
        browser.login("alice", true);
        List<WeakReference<AppUser>> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.begin();
            seen.add(new WeakReference<>(reader.user()));
            requests.end();
        }

        for (int attempt = 0; attempt < 50 && seen.stream().anyMatch(ref -> ref.get() != null); attempt++) {
            System.gc();
            Thread.sleep(20);
        }

        long kept = seen.stream().filter(ref -> ref.get() != null).count();
        assertTrue(kept == 0, kept + " of 20 users of ended requests are still held (by the holder's Instance)");
    }
}

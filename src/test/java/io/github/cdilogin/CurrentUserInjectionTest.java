package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.AppUserHolder;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.LongLivedUserReader;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.jboss.weld.proxy.WeldClientProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @CurrentUser LoginUser}, {@code @CurrentUser AppUser} and {@code #{currentUser}}. */
@EnableWeld
class CurrentUserInjectionTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(AppUserHolder.class, LongLivedUserReader.class);

    @Inject
    LoginManager loginManager;

    @Inject
    @CurrentUser
    LoginUser currentUser;

    /** The browser: the one session of these tests, in which the library's real session handling runs. */
    @Inject
    TestLoginSession browser;

    @Inject
    CountingUserLoader users;

    @Inject
    AppUserHolder holder;

    @Inject
    LongLivedUserReader longLived;

    @Inject
    BeanManager beanManager;

    private Requests requests;
    private final AppUser alice = AppUser.active("alice");

    @BeforeEach
    void beginRequest() {
        users.save(alice);
        requests = new Requests(weld);
        requests.begin();
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void currentUserIsTheAnonymousUserWhenNobodyIsLoggedIn() {
        assertTrue(currentUser.isAnonymous(), "isAnonymous");
        assertNull(currentUser.getId(), "id");
        assertFalse(currentUser.isAuthenticated(), "isAuthenticated");
    }

    @Test
    void currentUserIsTheLoggedInUser() {
        loginManager.login(alice);

        assertEquals("alice", currentUser.getId());
        assertFalse(currentUser.isAnonymous(), "isAnonymous");
    }

    @Test
    void currentUserReflectsALoginLaterInTheSameRequest() {
        assertTrue(currentUser.isAnonymous(), "anonymous before the login");

        loginManager.login(alice);

        assertEquals("alice", currentUser.getId(), "id through the proxy read before the login");
    }

    @Test
    void currentUserReflectsALogoutLaterInTheSameRequest() {
        loginManager.login(alice);
        assertEquals("alice", currentUser.getId(), "id before the logout");

        loginManager.logout();

        assertTrue(currentUser.isAnonymous(), "anonymous after the logout, got id " + currentUser.getId());
    }

    @Test
    void currentUserInALongLivedBeanAnswersForEachRequest() {
        loginManager.login(alice);
        assertEquals("alice", longLived.currentUserId(), "first request");

        loginManager.logout();
        requests.next();

        assertNull(longLived.currentUserId(), "next request, after logout");
    }

    @Test
    void applicationTypeInjectionIsTheUserObjectWhenLoggedIn() {
        loginManager.login(alice);

        assertSame(alice, holder.user(), "@CurrentUser AppUser in a request-scoped bean created after the login");
    }

    @Test
    void applicationTypeInjectionIsTheLoadedUserInALaterRequest() {
        browser.login("alice", true);

        assertEquals(alice, holder.user(), "@CurrentUser AppUser");
    }

    @Test
    void applicationTypeInjectionIsNullWhenNobodyIsLoggedIn() {
        assertNull(holder.user(), "@CurrentUser AppUser when anonymous");
    }

    @Test
    void applicationTypeInjectionIsTakenWhenTheBeanIsCreated() {
        assertNull(holder.user(), "before the login");

        loginManager.login(alice);

        assertNull(holder.user(), "the holder was created before the login and keeps what it got");
    }

    @Test
    void applicationTypeInstanceAnswersAtEachGet() {
        assertNull(longLived.appUser(), "@CurrentUser Instance<AppUser>.get() when anonymous");

        loginManager.login(alice);

        assertSame(alice, longLived.appUser(), "@CurrentUser Instance<AppUser>.get() after the login");
    }

    @Test
    void pagesFindTheUserObjectItselfAsCurrentUser() {
        loginManager.login(alice);

        Object page = pageCurrentUser();

        assertSame(alice, page, "#{currentUser}");
        assertFalse(page instanceof WeldClientProxy, "#{currentUser} is a proxy: " + page.getClass());
    }

    @Test
    void pagesFindTheAnonymousUserAsCurrentUserWhenNobodyIsLoggedIn() {
        assertSame(LoginUser.anonymous(), pageCurrentUser(), "#{currentUser}");
    }

    private Object pageCurrentUser() {
        Set<Bean<?>> beans = beanManager.getBeans("currentUser");
        assertEquals(1, beans.size(), "beans named currentUser: " + beans);
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, Object.class, context);
    }
}

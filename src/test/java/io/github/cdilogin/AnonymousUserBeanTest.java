package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.AppUserHolder;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.EventRecorder;
import io.github.cdilogin.support.Guest;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An application bean qualified {@code @AnonymousUser} replaces {@link LoginUser#anonymous()}. */
@EnableWeld
class AnonymousUserBeanTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(Guest.class, EventRecorder.class, AppUserHolder.class);

    @Inject
    LoginManager loginManager;

    @Inject
    @CurrentUser
    LoginUser currentUser;

    @Inject
    CountingUserLoader users;

    @Inject
    EventRecorder recorder;

    @Inject
    AppUserHolder holder;

    @Inject
    BeanManager beanManager;

    private Requests requests;

    @BeforeEach
    void beginRequest() {
        requests = new Requests(weld);
        requests.begin();
    }

    @AfterEach
    void endRequest() {
        requests.end();
    }

    @Test
    void currentUserIsTheApplicationsAnonymousUserWhenNobodyIsLoggedIn() {
        LoginUser user = loginManager.currentUser();

        Guest guest = assertInstanceOf(Guest.class, user, "current user");
        assertEquals("Welcome, guest", guest.greeting());
    }

    @Test
    void currentUserProxyAnswersForTheApplicationsAnonymousUser() {
        assertTrue(currentUser.isAnonymous(), "isAnonymous");
        assertEquals("Welcome, guest", ((Guest) loginManager.currentUser()).greeting());
    }

    @Test
    void logoutMakesTheApplicationsAnonymousUserCurrent() {
        loginManager.login(users.save(AppUser.active("alice")));

        loginManager.logout();

        assertInstanceOf(Guest.class, loginManager.currentUser(), "current user after logout");
    }

    @Test
    void logoutWithNobodyLoggedInFiresLogoutEventWithTheApplicationsAnonymousUser() {
        loginManager.logout();

        List<LogoutEvent> logouts = recorder.events(LogoutEvent.class);
        assertEquals(1, logouts.size(), "logout events: " + logouts);
        assertInstanceOf(Guest.class, logouts.get(0).user(), "user of the LogoutEvent");
    }

    @Test
    void applicationTypeInjectionIsNullWhenTheAnonymousUserIsNotOfThatType() {
        assertNull(holder.user(), "@CurrentUser AppUser with a Guest that is no AppUser");
    }

    @Test
    void pagesFindTheApplicationsAnonymousUserAsCurrentUser() {
        Bean<?> bean = beanManager.resolve(beanManager.getBeans("currentUser"));

        Object page = beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));

        assertInstanceOf(Guest.class, page, "#{currentUser}");
    }

    @Test
    void libraryAnonymousUserIsNotUsedAnyMore() {
        assertTrue(loginManager.currentUser() != LoginUser.anonymous(), "the library's anonymous user is current");
        assertSame(LoginSource.NONE, loginManager.source(), "source");
    }
}

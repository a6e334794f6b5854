package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guards that Java and CDI do not inherit (on an interface, an interface method, a generic interface
 * method, an overridden superclass method) still reach the interceptors: the extension adds the binding
 * to each method a reader sees guarded. The counters prove the refused methods' bodies never ran.
 */
@EnableWeld
class InheritedGuardsTest {

    interface Directory {
        @LoginRequired
        String users();

        String open();
    }

    @FreshLoginRequired
    interface Payments {
        String pay();
    }

    interface Repository<T> {
        @FreshLoginRequired
        String save(T item);
    }

    static class Reports {
        @LoginRequired
        public String monthly() {
            return "base";
        }
    }

    static class Transfers {
        @FreshLoginRequired
        public String transfer() {
            return "base";
        }
    }

    /** Counts the runs of every guarded body below. */
    @ApplicationScoped
    static class Runs {
        int count;
    }

    @ApplicationScoped
    static class DirectoryBean implements Directory {
        @Inject
        Runs runs;

        @Override
        public String users() {
            runs.count++;
            return "users";
        }

        @Override
        public String open() {
            return "open";
        }
    }

    @ApplicationScoped
    static class PaymentsBean implements Payments {
        @Inject
        Runs runs;

        @Override
        public String pay() {
            runs.count++;
            return "paid";
        }

        public String history() {
            runs.count++;
            return "history";
        }
    }

    @ApplicationScoped
    static class Orders implements Repository<String> {
        @Inject
        Runs runs;

        @Override
        public String save(String item) {
            runs.count++;
            return "saved " + item;
        }

        public String save(Integer unrelatedOverload) {
            return "overload";
        }
    }

    @ApplicationScoped
    static class OverridingReports extends Reports {
        @Inject
        Runs runs;

        @Override
        public String monthly() {
            runs.count++;
            return "overridden";
        }
    }

    /** The class asks for a login; the method it overrides asks for a fresh one, and that wins. */
    @LoginRequired
    @ApplicationScoped
    static class OverridingTransfers extends Transfers {
        @Inject
        Runs runs;

        @Override
        public String transfer() {
            runs.count++;
            return "transferred";
        }

        public String view() {
            return "viewed";
        }
    }

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(Runs.class, DirectoryBean.class, PaymentsBean.class, Orders.class,
            OverridingReports.class, OverridingTransfers.class);

    @Inject
    LoginManager loginManager;

    @Inject
    CountingUserLoader users;

    @Inject
    Runs runs;

    @Inject
    DirectoryBean directory;

    @Inject
    PaymentsBean payments;

    @Inject
    Orders orders;

    @Inject
    OverridingReports reports;

    @Inject
    OverridingTransfers transfers;

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
    void anonymousCallOfAMethodGuardedOnItsInterfaceIsRefusedBeforeItRuns() {
        assertThrows(LoginRequiredException.class, directory::users);
        assertEquals(0, runs.count, "the guarded body ran");
        assertEquals("open", directory.open());
    }

    @Test
    void staleLoginIsRefusedByEveryMethodOfAClassWhoseInterfaceIsFreshGuarded() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertThrows(FreshLoginRequiredException.class, payments::pay);
        assertThrows(FreshLoginRequiredException.class, payments::history);
        assertEquals(0, runs.count, "a guarded body ran");
    }

    @Test
    void staleLoginIsRefusedByAnImplementationOfAFreshGenericInterfaceMethod() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertThrows(FreshLoginRequiredException.class, () -> orders.save("order"));
        assertEquals(0, runs.count, "the guarded body ran");
        assertEquals("overload", orders.save(1));
    }

    @Test
    void anonymousCallOfAnOverrideOfAGuardedSuperclassMethodIsRefusedBeforeItRuns() {
        assertThrows(LoginRequiredException.class, reports::monthly);
        assertEquals(0, runs.count, "the guarded body ran");
    }

    @Test
    void theOverriddenMethodsFreshGuardWinsOverTheClassLoginGuard() {
        loginManager.login(alice, LoginOptions.DEFAULT.notFresh());

        assertThrows(FreshLoginRequiredException.class, transfers::transfer);
        assertEquals(0, runs.count, "the guarded body ran");
        assertEquals("viewed", transfers.view());
    }

    @Test
    void aFreshLoginRunsEveryInheritedGuardedMethod() {
        loginManager.login(alice);

        assertEquals("users", directory.users());
        assertEquals("paid", payments.pay());
        assertEquals("history", payments.history());
        assertEquals("saved order", orders.save("order"));
        assertEquals("overridden", reports.monthly());
        assertEquals("transferred", transfers.transfer());
        assertEquals(6, runs.count);
    }
}

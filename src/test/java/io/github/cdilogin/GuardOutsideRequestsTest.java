package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdilogin.support.GuardedService;
import io.github.cdilogin.support.TestDeployment;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** A guarded bean called where no request context is active (an application's own thread): nobody is logged in. */
class GuardOutsideRequestsTest {

    @Test
    void guardedCallWithoutARequestContextIsRefusedAsUnauthorized() {
        try (WeldContainer container = TestDeployment.weld(GuardedService.class).initialize()) {
            GuardedService service = container.select(GuardedService.class).get();
            assertThrows(LoginRequiredException.class, service::open);
        }
    }
}

package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.support.RequestParameters;
import io.github.cdilogin.support.Requests;
import io.github.cdilogin.support.TestDeployment;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LoginManager#next()} offers the request's {@code next} only when there is exactly one and it is
 * safe: two values are ambiguous (a proxy or firewall in front may have checked the other one).
 */
@EnableWeld
class NextParameterTest {

    @WeldSetup
    public WeldInitiator weld = TestDeployment.with(RequestParameters.class);

    @Inject
    RequestParameters parameters;

    @Inject
    LoginManager loginManager;

    private final Requests requests = new Requests(weld);

    @AfterEach
    void endRequest() {
        requests.end();
    }

    private Optional<String> nextOf(String... values) {
        parameters.set("next", values);
        requests.begin();
        return loginManager.next();
    }

    @Test
    void oneSafeNextIsOffered() {
        assertEquals(Optional.of("/profile"), nextOf("/profile"));
    }

    @Test
    void aSafeNextFollowedByAHostileOneOffersNeither() {
        assertEquals(Optional.empty(), nextOf("/profile", "//evil.example"));
    }

    @Test
    void aHostileNextFollowedByASafeOneOffersNeither() {
        assertEquals(Optional.empty(), nextOf("//evil.example", "/profile"));
    }

    @Test
    void theSameSafeNextTwiceIsStillAmbiguous() {
        assertEquals(Optional.empty(), nextOf("/profile", "/profile"));
    }
}

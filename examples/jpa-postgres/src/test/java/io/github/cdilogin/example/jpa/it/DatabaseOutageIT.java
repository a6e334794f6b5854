package io.github.cdilogin.example.jpa.it;

import static io.github.cdilogin.example.jpa.it.support.Responses.assertRedirect;
import static io.github.cdilogin.example.jpa.it.support.Responses.logIn;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cdilogin.example.jpa.it.support.ExampleServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the example's PostgreSQL is stopped, every request that needs it gets a {@code 503} that shows
 * nothing of the failure (no SQL, no driver's message, no address, no stack trace), and the example
 * works again once the database is back, without a restart.
 */
@ExtendWith(ExampleServer.class)
class DatabaseOutageIT {

    private static final String[] LEAKS = {"SELECT", "app_user", "PSQL", "postgresql", "Exception", "127.0.0.1",
        "Connection", "at org.", "at io.", "remember_token"};

    private static void assertUnavailableAndSilent(Response response) {
        assertEquals(503, response.status(), response::toString);
        assertAll(java.util.Arrays.stream(LEAKS).map(leak -> () -> assertFalse(response.body().contains(leak),
                "the answer shows '" + leak + "': " + response)));
    }

    @Test
    void requestsThatNeedTheDatabaseGet503WithoutDetailsWhileItIsGoneAndWorkAfter() throws Exception {
        HttpBrowser alice = new HttpBrowser(ExampleServer.base());
        assertRedirect(303, "/", logIn(alice, "alice", "wonderland", true));
        assertEquals(200, alice.get("api/me").status());

        ExampleServer.postgres().stop();
        try {
            Response me = alice.get("api/me");
            assertUnavailableAndSilent(me);
            assertEquals("{\"error\":\"unavailable\"}", me.body());
            assertUnavailableAndSilent(alice.get("profile"));
            HttpBrowser bob = new HttpBrowser(ExampleServer.base());
            bob.get("login");
            assertUnavailableAndSilent(bob.post("login", Map.of("username", "bob", "password", "builder")));
            assertEquals(404, new HttpBrowser(ExampleServer.base()).get("error").status(), "the error page is no page of its own");
        } finally {
            ExampleServer.postgres().startAgain();
        }

        Response back = null;
        for (int i = 0; i < 60; i++) {
            back = alice.get("api/me");
            if (back.status() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(200, back.status(), "the example did not recover once the database was back: " + back);
    }
}

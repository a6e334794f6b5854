package io.github.cdilogin.example.jpa.it;

import static io.github.cdilogin.example.jpa.it.support.Responses.assertAnonymous;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertBodyContains;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertRedirect;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertStatus;
import static io.github.cdilogin.example.jpa.it.support.Responses.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.cdilogin.example.jpa.it.support.Database;
import io.github.cdilogin.example.jpa.it.support.ExampleServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remember me with the series in the example's PostgreSQL ({@code cdi-login.remember-store=jdbc} on the
 * application's DataSource): a remember cookie brings the login back without a session, its series is
 * a row of {@code cdi_login_remember}, and a logout deletes the row, so a kept copy of the cookie logs
 * nobody in.
 */
@ExtendWith(ExampleServer.class)
class RememberMeIT {

    private static final String COOKIE = "remember_token";

    @Test
    void theRememberCookieRestoresTheLoginAfterTheSessionIsDroppedAndItsSeriesIsARowInPostgres() {
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        Response login = logIn(browser, "alice", "wonderland", true);
        assertRedirect(303, "/", login);
        String cookie = browser.cookie(COOKIE);
        assertNotNull(cookie, () -> "remember me set no cookie:\n" + login);
        assertEquals(1, Database.rememberSeries(cookie), "the series should be a row of cdi_login_remember");
        assertEquals(1, Database.count("cdi_login_remember WHERE series = split_part(split_part(?, ':', 1), '.', 2) AND user_id = 'alice'", cookie));

        HttpBrowser cameBack = new HttpBrowser(ExampleServer.base()).withCookie(COOKIE, cookie);
        Response me = cameBack.get("api/me");
        assertStatus(200, me);
        assertEquals("{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":false,\"remembered\":true,\"source\":\"cookie\"}", me.body());
        assertNotNull(cameBack.cookie("JSESSIONID"), () -> "the restored login made no session:\n" + me);
        assertEquals(1, Database.rememberSeries(cameBack.cookie(COOKIE)), "the series should still be in PostgreSQL after the restore");
        assertBodyContains("Remembered: yes", cameBack.get("profile"));
    }

    @Test
    void logoutDeletesTheSeriesFromPostgresAndTheOldCookieNoLongerLogsIn() {
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        assertRedirect(303, "/", logIn(browser, "bob", "builder", true));
        String cookie = browser.cookie(COOKIE);
        assertEquals(1, Database.rememberSeries(cookie));

        Response logout = browser.post("logout", Map.of());
        assertRedirect(303, "/", logout);
        assertEquals("", logout.setCookies().get(COOKIE), () -> "logout must clear the remember cookie:\n" + logout);
        assertEquals(0, Database.rememberSeries(cookie), "logout must delete the series from cdi_login_remember");

        HttpBrowser thief = new HttpBrowser(ExampleServer.base()).withCookie(COOKIE, cookie);
        assertAnonymous(thief);
        assertEquals("{\"user\":null}", thief.get("api/public").body());
    }

    @Test
    void aLoginWithoutRememberMeKeepsNoSeries() {
        int before = Database.count("cdi_login_remember WHERE user_id = ?", "alice");
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        assertRedirect(303, "/", logIn(browser, "alice", "wonderland", false));
        assertEquals(null, browser.cookie(COOKIE));
        assertEquals(before, Database.count("cdi_login_remember WHERE user_id = ?", "alice"));
    }
}

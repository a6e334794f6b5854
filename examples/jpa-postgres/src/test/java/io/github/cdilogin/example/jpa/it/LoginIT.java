package io.github.cdilogin.example.jpa.it;

import static io.github.cdilogin.example.jpa.it.support.Responses.assertAnonymous;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertBodyContains;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertRedirect;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertStatus;
import static io.github.cdilogin.example.jpa.it.support.Responses.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.cdilogin.example.jpa.it.support.Database;
import io.github.cdilogin.example.jpa.it.support.ExampleServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins against the users of PostgreSQL's {@code app_user} table, and the example's two guards (the
 * page {@code /profile} and the JSON {@code /api/me}), anonymous and logged in.
 */
@ExtendWith(ExampleServer.class)
class LoginIT {

    private HttpBrowser browser() {
        return new HttpBrowser(ExampleServer.base());
    }

    @Test
    void theSeededUsersAreRowsOfAppUserWithPbkdf2HashesNeverThePasswords() {
        assertEquals(3, Database.count("app_user WHERE password_hash LIKE 'PBKDF2WithHmacSHA256:600000:%' AND username = ANY(string_to_array(?, ','))",
                "alice,bob,mallory"));
        assertEquals(0, Database.count("app_user WHERE password_hash LIKE '%' || ? || '%'", "wonderland"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserAnswers401WithTheFormAndLogsNobodyIn() {
        for (String[] attempt : new String[][] {{"alice", "wrong"}, {"alice", ""}, {"alice", "WONDERLAND"}, {"nobody", "wonderland"}}) {
            HttpBrowser browser = browser();
            Response refused = logIn(browser, attempt[0], attempt[1], true);
            assertStatus(401, refused);
            assertBodyContains("Invalid username or password", refused);
            assertFalse(refused.setCookies().containsKey("remember_token"), () -> "a refused login set a remember cookie:\n" + refused);
            assertAnonymous(browser);
        }
    }

    @Test
    void aDisabledAccountWithItsRightPasswordAnswers403AndLogsNobodyIn() {
        HttpBrowser browser = browser();
        Response refused = logIn(browser, "mallory", "locked", false);
        assertStatus(403, refused);
        assertBodyContains("Account disabled", refused);
        assertAnonymous(browser);
    }

    @Test
    void theRightPasswordLogsInWithANewSessionIdAndBothGuardsLetTheUserIn() {
        HttpBrowser browser = browser();
        Response loggedIn = logIn(browser, "alice", "wonderland", false);
        assertRedirect(303, "/", loggedIn);
        assertNotNull(browser.cookie("JSESSIONID"), () -> "the login set no session cookie:\n" + loggedIn);

        Response me = browser.get("api/me");
        assertStatus(200, me);
        assertEquals("{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":true,\"remembered\":false,\"source\":\"session\"}", me.body());
        Response profile = browser.get("profile");
        assertStatus(200, profile);
        assertBodyContains("Logged in as <strong>alice</strong> (Alice)", profile);
        assertBodyContains("Hello, alice", browser.get(""));
    }

    @Test
    void anonymousVisitorsOfTheGuardedPageGoToTheLoginFormAndTheApiAnswers401Json() {
        HttpBrowser browser = browser();
        assertAnonymous(browser);
        // what a browser's address bar asks for: the API still answers 401, it never redirects to the form
        Response json = browser.get("api/me", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertStatus(401, json);
        assertEquals("{\"error\":\"unauthorized\"}", json.body());
        assertNull(browser.cookie("JSESSIONID"), "an anonymous request made a session");
        assertEquals("{\"user\":null}", browser.get("api/public").body());
    }

    @Test
    void theLoginFormSendsTheUserBackToWhereTheGuardStoppedThemAndRefusesAForeignNext() {
        HttpBrowser browser = browser();
        assertRedirect(302, "/login?next=%2Fprofile", browser.get("profile"));
        assertRedirect(303, "/profile", browser.post("login", Map.of("username", "alice", "password", "wonderland", "next", "/profile")));

        HttpBrowser other = browser();
        assertStatus(400, other.post("login", Map.of("username", "alice", "password", "wonderland", "next", "//evil.example/")));
        assertAnonymous(other);
    }

    @Test
    void aChangeInTheTableCountsAtTheNextRequestOfALoggedInUser() {
        HttpBrowser browser = browser();
        assertRedirect(303, "/", logIn(browser, "bob", "builder", false));
        try {
            Database.update("UPDATE app_user SET name = 'Robert' WHERE username = ?", "bob");
            assertBodyContains("\"name\":\"Robert\"", browser.get("api/me"));

            Database.update("UPDATE app_user SET active = FALSE WHERE username = ?", "bob");
            assertAnonymous(browser);
        } finally {
            Database.update("UPDATE app_user SET name = 'Bob', active = TRUE WHERE username = ?", "bob");
        }
    }

    @Test
    void logoutEndsTheSessionAndAKeptCopyOfTheSessionCookieIsAnonymous() {
        HttpBrowser browser = browser();
        assertRedirect(303, "/", logIn(browser, "alice", "wonderland", false));
        String session = browser.cookie("JSESSIONID");
        assertRedirect(303, "/", browser.post("logout", Map.of()));
        assertAnonymous(browser);
        assertAnonymous(browser().withCookie("JSESSIONID", session));
    }
}

package io.github.cdilogin.example.jpa.it;

import static io.github.cdilogin.example.jpa.it.support.Responses.assertAnonymous;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertRedirect;
import static io.github.cdilogin.example.jpa.it.support.Responses.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.example.jpa.it.support.Database;
import io.github.cdilogin.example.jpa.it.support.ExampleServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an attacker types into the login form and the cookies, against the users' table: every answer
 * is a 4xx that logs nobody in, never a 500, never a database's error text; and the table is what it
 * was.
 */
@ExtendWith(ExampleServer.class)
class HostileInputIT {

    /** Text that would show that an exception, SQL or a driver reached the client. */
    private static final Pattern LEAK = Pattern.compile("(?i)exception|sql|postgres|jdbc|eclipselink|\\bat [a-z]+\\.[a-z]+\\.");

    static Stream<String> hostileUsernames() {
        return Stream.of(
                "' OR '1'='1",
                "alice'--",
                "alice' OR 1=1; DROP TABLE app_user; --",
                "alice\"; DELETE FROM cdi_login_remember; --",
                "%",
                "_lice",
                "alice ",
                "ALICE",
                "alice\u0000",
                "\u0000",
                "alice\r\nSet-Cookie: x=y",
                "\u202Eecila",
                "al\u00ADice",
                "\uD83D\uDE00".repeat(100),
                "a".repeat(65),
                "a".repeat(100_000));
    }

    @ParameterizedTest
    @MethodSource("hostileUsernames")
    void aHostileUsernameIsRefusedWithA4xxAndLogsNobodyIn(String username) {
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        Response refused = logIn(browser, username, "wonderland", true);
        assertClientError(refused);
        assertFalse(refused.setCookies().containsKey("remember_token"), () -> "a remember cookie for a hostile name:\n" + refused);
        assertAnonymous(browser);
    }

    @Test
    void oversizedFieldsAreRefusedWithA4xx() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", "alice");
        form.put("password", "w".repeat(1_000_000));
        form.put("remember", "on".repeat(10_000));
        form.put("next", "/" + "n".repeat(10_000));
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        assertClientError(browser.post("login", form));
        assertAnonymous(browser);
    }

    @Test
    void aMissingFieldIsRefusedWithA4xx() {
        HttpBrowser browser = new HttpBrowser(ExampleServer.base());
        assertClientError(browser.post("login", Map.of()));
        assertClientError(browser.post("login", Map.of("username", "alice")));
        assertClientError(browser.post("login", Map.of("password", "wonderland")));
        assertClientError(browser.send("POST", "login", "username&password", "Content-Type", "application/x-www-form-urlencoded"));
        assertClientError(browser.send("POST", "login", "%zz=%&username=%E0%80", "Content-Type", "application/x-www-form-urlencoded"));
        assertAnonymous(browser);
    }

    static Stream<String> hostileCookieValues() {
        return Stream.of(
                "' OR '1'='1:x",
                "AAAAAAAAAAAAAAAAAAAAAA' OR 1=1 --:x",
                "%:%",
                ":",
                "x".repeat(64) + ":" + "y".repeat(43),
                "\"quoted:value\"",
                "a:b:c");
    }

    @ParameterizedTest
    @MethodSource("hostileCookieValues")
    void aHostileRememberCookieIsAnonymousNeverA500(String value) {
        HttpBrowser browser = new HttpBrowser(ExampleServer.base()).withCookie("remember_token", value);
        Response me = browser.get("api/me");
        assertClientError(me);
        assertEquals(401, me.status(), () -> "a hostile remember cookie: " + me);
        Response page = browser.get("api/public");
        assertEquals(200, page.status(), () -> "a public request with a hostile remember cookie: " + page);
        assertEquals("{\"user\":null}", page.body());
    }

    /** The users' table and the login of its users are what they were: no input changed them. */
    @AfterAll
    static void theTableIsIntactAndItsUsersStillLogIn() {
        assertEquals(3, Database.count("app_user WHERE username = ANY(string_to_array(?, ','))", "alice,bob,mallory"));
        assertEquals(3, Database.count("app_user WHERE ? IS NOT NULL", "any"));
        HttpBrowser alice = new HttpBrowser(ExampleServer.base());
        assertRedirect(303, "/", logIn(alice, "alice", "wonderland", false));
        assertEquals(200, alice.get("api/me").status());
    }

    private static void assertClientError(Response response) {
        assertTrue(response.status() >= 400 && response.status() < 500, () -> "expected a 4xx:\n" + abbreviated(response));
        assertFalse(LEAK.matcher(response.body()).find(), () -> "the response shows an error's insides:\n" + abbreviated(response));
    }

    private static String abbreviated(Response response) {
        String text = response.toString();
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }
}

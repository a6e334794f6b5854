package io.github.cdilogin.example.jpa.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.Map;

/** The assertions and steps the example's tests share; failures print the whole response. */
public final class Responses {

    private Responses() {
    }

    public static void assertStatus(int expected, Response response) {
        assertEquals(expected, response.status(), () -> "unexpected status:\n" + response);
    }

    public static void assertRedirect(int status, String location, Response response) {
        assertStatus(status, response);
        assertEquals(location, response.header("Location"), () -> "unexpected Location:\n" + response);
    }

    public static void assertBodyContains(String text, Response response) {
        assertTrue(response.body().contains(text), () -> "the body should contain " + text + ":\n" + response);
    }

    /** The guarded JSON and the guarded page both refuse this browser, and nothing of a user is shown. */
    public static void assertAnonymous(HttpBrowser browser) {
        Response me = browser.get("api/me");
        assertStatus(401, me);
        assertEquals("{\"error\":\"unauthorized\"}", me.body(), () -> "unexpected body:\n" + me);
        assertRedirect(302, "/login?next=%2Fprofile", browser.get("profile"));
    }

    /** Posts the login form; {@code remember} adds {@code remember=on}. */
    public static Response logIn(HttpBrowser browser, String username, String password, boolean remember) {
        Map<String, String> form = remember
                ? Map.of("username", username, "password", password, "remember", "on")
                : Map.of("username", username, "password", password);
        return browser.post("login", form);
    }
}

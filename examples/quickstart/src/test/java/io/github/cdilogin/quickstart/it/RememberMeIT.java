package io.github.cdilogin.quickstart.it;

import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertAnonymous;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertBodyContains;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertRedirect;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertStatus;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.quickstart.it.support.QuickstartServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "remember me" rows of the contract: the {@code remember_token} cookie the library issues when
 * the login form is sent with {@code remember=on}.
 */
@ExtendWith(QuickstartServer.class)
class RememberMeIT {

    static final String COOKIE = "remember_token";
    /** The default cdi-login.remember-cookie.duration, P365D, in seconds. */
    static final long DEFAULT_MAX_AGE = 365L * 24 * 60 * 60;
    static final String ME_REMEMBERED = "{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":false,\"remembered\":true,\"source\":\"cookie\"}";

    final HttpBrowser browser = new HttpBrowser(QuickstartServer.base());

    /** Logs alice in with "remember me" and returns the cookie's value. */
    String rememberedLogin(HttpBrowser browser) {
        Response response = login(browser, "alice", "wonderland", "remember", "on");
        assertStatus(303, response);
        String value = browser.cookie(COOKIE);
        assertNotNull(value, () -> "no " + COOKIE + " cookie after a login with remember=on: " + response);
        return value;
    }

    /** A client that kept only the remember cookie: the browser was closed, the session is gone. */
    HttpBrowser reopenedBrowser(String rememberToken) {
        return new HttpBrowser(QuickstartServer.base()).withCookie(COOKIE, rememberToken);
    }

    @Test
    void rememberCookieIsHttpOnlySameSiteLaxPathRootWithTheConfiguredMaxAge() {
        Response response = login(browser, "alice", "wonderland", "remember", "on");
        String header = response.setCookieHeaders().stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + COOKIE + " cookie: " + response));
        String lower = header.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("; httponly"), () -> "not HttpOnly: " + header);
        assertTrue(lower.contains("; samesite=lax"), () -> "not SameSite=Lax: " + header);
        assertTrue(lower.contains("; path=/;") || lower.endsWith("; path=/"), () -> "not Path=/: " + header);
        assertTrue(lower.contains("; max-age=" + DEFAULT_MAX_AGE), () -> "not Max-Age=" + DEFAULT_MAX_AGE + ": " + header);
        assertTrue(!header.contains("alice"), () -> "the value is not opaque: " + header);
    }

    @Test
    void loginWithoutRememberSetsNoRememberCookie() {
        Response response = login(browser, "alice", "wonderland");
        assertTrue(response.setCookieHeaders().stream().noneMatch(c -> c.startsWith(COOKIE + "=")), () -> response.toString());
    }

    @Test
    void rememberCookieWithoutASessionLogsInAgainNotFreshAndMakesASession() {
        HttpBrowser reopened = reopenedBrowser(rememberedLogin(browser));
        Response me = reopened.get("api/me");
        assertStatus(200, me);
        assertEquals(ME_REMEMBERED, me.body());
        assertNotNull(reopened.cookie("JSESSIONID"), () -> "no session made for the restored login: " + me);
        Response next = reopened.get("api/me");
        assertStatus(200, next);
        assertBodyContains("\"fresh\":false", next);
        assertBodyContains("\"remembered\":true", next);
    }

    @Test
    void rememberedUserSeesPagesButIsSentToReauthForSettings() {
        HttpBrowser reopened = reopenedBrowser(rememberedLogin(browser));
        assertBodyContains("Hello, alice", reopened.get(""));
        assertStatus(200, reopened.get("profile"));
        assertRedirect(302, "/reauth?next=%2Fsettings", reopened.get("settings"));
        Response fresh = reopened.get("api/fresh");
        assertStatus(401, fresh);
        assertEquals("{\"error\":\"fresh login required\"}", fresh.body());
    }

    @Test
    void reauthMakesARememberedLoginFresh() {
        HttpBrowser reopened = reopenedBrowser(rememberedLogin(browser));
        assertStatus(401, reopened.post("reauth", Map.of("password", "wrong", "next", "/settings")));
        assertRedirect(303, "/settings", reopened.post("reauth", Map.of("password", "wonderland", "next", "/settings")));
        assertStatus(200, reopened.get("settings"));
        assertStatus(200, reopened.get("api/fresh"));
    }

    @Test
    void logoutClearsTheRememberCookieAndAKeptCopyLogsNobodyIn() {
        String kept = rememberedLogin(browser);
        Response logout = browser.post("logout", Map.of());
        assertRedirect(303, "/", logout);
        assertTrue(logout.setCookieHeaders().stream().anyMatch(c -> c.startsWith(COOKIE + "=")
                && c.toLowerCase(Locale.ROOT).contains("max-age=0")), () -> "remember cookie not cleared: " + logout);
        assertAnonymous(browser);
        assertAnonymous(reopenedBrowser(kept));
        assertBodyContains("Hello, anonymous", reopenedBrowser(kept).get(""));
    }

    @Test
    void logoutOfARestoredLoginRevokesItsCookieToo() {
        String kept = rememberedLogin(browser);
        HttpBrowser reopened = reopenedBrowser(kept);
        assertStatus(200, reopened.get("api/me"));
        assertRedirect(303, "/", reopened.post("logout", Map.of()));
        assertAnonymous(reopenedBrowser(kept));
    }

    @Test
    void tamperedTruncatedOrGarbageRememberCookiesAreAnonymousNotErrors() {
        String value = rememberedLogin(browser);
        char last = value.charAt(value.length() - 1);
        List<String> bad = List.of(
                value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A'),
                value.substring(0, value.length() / 2),
                value.substring(1),
                "x" + value,
                "",
                "garbage",
                "YWxpY2U=",
                "alice|0|0",
                "%00%ff",
                "a".repeat(5000));
        for (String cookie : bad) {
            HttpBrowser client = reopenedBrowser(cookie);
            Response me = client.get("api/me");
            assertStatus(401, me);
            Response home = client.get("");
            assertStatus(200, home);
            assertBodyContains("Hello, anonymous", home);
            assertRedirect(302, "/login?next=%2Fprofile", client.get("profile"));
        }
    }
}

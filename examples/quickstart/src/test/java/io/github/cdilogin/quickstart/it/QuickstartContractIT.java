package io.github.cdilogin.quickstart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.quickstart.it.support.QuickstartServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows of /work/shared/quickstart-contract.md that do not need "remember me", driven over HTTP
 * against the packaged WAR on Payara Micro. Every failure prints the response it got.
 */
@ExtendWith(QuickstartServer.class)
class QuickstartContractIT {

    static final String ME_ALICE = "{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":true,\"remembered\":false,\"source\":\"session\"}";

    final HttpBrowser browser = new HttpBrowser(QuickstartServer.base());

    static Response login(HttpBrowser browser, String username, String password, String... more) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("username", username, "password", password));
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return browser.post("login", form);
    }

    static void assertStatus(int expected, Response response) {
        assertEquals(expected, response.status(), () -> "unexpected status: " + response);
    }

    static void assertRedirect(int status, String location, Response response) {
        assertStatus(status, response);
        assertEquals(location, response.header("Location"), () -> "unexpected Location: " + response);
    }

    static void assertBodyContains(String text, Response response) {
        assertTrue(response.body().contains(text), () -> "body lacks '" + text + "': " + response);
    }

    static void assertAnonymous(HttpBrowser browser) {
        Response me = browser.get("api/me");
        assertStatus(401, me);
        assertEquals("{\"error\":\"unauthorized\"}", me.body(), () -> me.toString());
    }

    // --- pages ---

    @Test
    void homeGreetsAnonymousThenTheLoggedInUser() {
        Response anonymous = browser.get("");
        assertStatus(200, anonymous);
        assertBodyContains("Hello, anonymous", anonymous);
        login(browser, "alice", "wonderland");
        Response alice = browser.get("");
        assertStatus(200, alice);
        assertBodyContains("Hello, alice", alice);
    }

    @Test
    void homePageCreatesNoSessionForAnonymousVisitors() {
        Response home = browser.get("");
        assertTrue(home.setCookieHeaders().isEmpty(), () -> "a cookie for nobody: " + home);
    }

    @Test
    void loginFormHasUsernamePasswordRememberAndHiddenNext() {
        Response form = browser.get("login?next=%2Fprofile");
        assertStatus(200, form);
        assertBodyContains("name=\"username\"", form);
        assertBodyContains("type=\"password\"", form);
        assertBodyContains("name=\"password\"", form);
        assertBodyContains("name=\"remember\" type=\"checkbox\"", form);
        assertBodyContains("type=\"hidden\" name=\"next\" value=\"/profile\"", form);
        assertBodyContains("Please log in to access this page.", form);
    }

    @Test
    void loginFormWithoutNextShowsNoMessage() {
        Response form = browser.get("login");
        assertStatus(200, form);
        assertTrue(!form.body().contains("Please log in"), () -> form.toString());
    }

    @Test
    void loginFormEscapesNext() {
        Response form = browser.get("login?next=%2F%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertStatus(200, form);
        assertTrue(!form.body().contains("<script>"), () -> "next not escaped: " + form);
        assertBodyContains("&#034;&gt;&lt;script&gt;", form);
    }

    @Test
    void loginFormIsServedToLoggedInUsersToo() {
        login(browser, "alice", "wonderland");
        assertStatus(200, browser.get("login"));
    }

    @Test
    void loginRedirectsToASafeNextWith303() {
        assertRedirect(303, "/profile?tab=1", login(browser, "alice", "wonderland", "next", "/profile?tab=1"));
        assertEquals(ME_ALICE, browser.get("api/me").body());
    }

    @Test
    void loginWithoutNextRedirectsHome() {
        assertRedirect(303, "/", login(browser, "alice", "wonderland"));
        assertRedirect(303, "/", login(new HttpBrowser(QuickstartServer.base()), "bob", "builder", "next", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/", "https://evil.example", "//evil.example", "///evil.example",
            "/\\evil.example", "\\\\evil.example", "\\/evil.example", "%2F%2Fevil.example", "/%2F/evil.example",
            "/%5Cevil.example", "%252F%252Fevil.example", "javascript:alert(1)", "JavaScript:alert(1)",
            "http:evil.example", "http://localhost@evil.example/", "/\tevil", "/\r\nLocation: http://evil.example",
            "evil.example", "data:text/html,x", " //evil.example"})
    void loginRefusesAnUnsafeNextWith400AndLogsNobodyIn(String next) {
        Response response = login(browser, "alice", "wonderland", "next", next);
        assertStatus(400, response);
        assertNull(response.header("Location"), () -> response.toString());
        assertAnonymous(browser);
    }

    @Test
    void loginWithTwoNextValuesAnswers400AndLogsNobodyIn() {
        Response response = browser.send("POST", "login", "username=alice&password=wonderland&next=%2Fprofile"
                + "&next=%2F%2Fevil.example", "Content-Type", "application/x-www-form-urlencoded");
        assertStatus(400, response);
        assertNull(response.header("Location"), () -> response.toString());
        assertAnonymous(browser);
    }

    @Test
    void loginWithOneNextInTheQueryAndAnotherInTheFormAnswers400AndLogsNobodyIn() {
        Response response = browser.send("POST", "login?next=%2Fprofile", "username=alice&password=wonderland"
                + "&next=%2F%2Fevil.example", "Content-Type", "application/x-www-form-urlencoded");
        assertStatus(400, response);
        assertAnonymous(browser);
    }

    @Test
    void loginWithAWrongPasswordOrUnknownUserAnswers401WithTheForm() {
        for (String[] credentials : List.of(new String[] {"alice", "wrong"}, new String[] {"nobody", "wonderland"},
                new String[] {"", ""})) {
            Response response = login(browser, credentials[0], credentials[1]);
            assertStatus(401, response);
            assertBodyContains("Invalid username or password", response);
            assertBodyContains("name=\"password\"", response);
            assertAnonymous(browser);
        }
    }

    @Test
    void loginOfADisabledAccountAnswers403AndLogsNobodyIn() {
        Response response = login(browser, "mallory", "locked");
        assertStatus(403, response);
        assertBodyContains("Account disabled", response);
        assertAnonymous(browser);
    }

    @Test
    void loginIssuesANewSessionIdAndTheOldOneCarriesNoLogin() {
        login(browser, "bob", "builder");
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "no session after the first login");
        login(browser, "alice", "wonderland");
        String after = browser.cookie("JSESSIONID");
        assertNotEquals(before, after, "the session id did not change at login");
        assertEquals(ME_ALICE, browser.get("api/me").body());
        HttpBrowser attacker = new HttpBrowser(QuickstartServer.base()).withCookie("JSESSIONID", before);
        assertAnonymous(attacker);
    }

    @Test
    void sessionCookieIsHttpOnly() {
        Response response = login(browser, "alice", "wonderland");
        String cookie = response.setCookieHeaders().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response));
        assertTrue(cookie.toLowerCase().contains("httponly"), () -> "not HttpOnly: " + cookie);
    }

    @Test
    void profileSendsAnonymousVisitorsToLoginWithPathAndQuery() {
        assertRedirect(302, "/login?next=%2Fprofile", browser.get("profile"));
        assertRedirect(302, "/login?next=%2Fprofile%3Ftab%3D1", browser.get("profile?tab=1"));
    }

    @Test
    void profileShowsTheLoggedInUser() {
        login(browser, "alice", "wonderland");
        Response profile = browser.get("profile");
        assertStatus(200, profile);
        assertBodyContains("alice", profile);
    }

    @Test
    void settingsSendsAnonymousVisitorsToLoginAndShowsAFreshLogin() {
        assertRedirect(302, "/login?next=%2Fsettings", browser.get("settings"));
        login(browser, "alice", "wonderland");
        assertStatus(200, browser.get("settings"));
    }

    @Test
    void reauthSendsAnonymousVisitorsToLogin() {
        assertRedirect(302, "/login?next=%2Freauth", browser.get("reauth"));
        assertRedirect(302, "/login?next=%2Freauth", browser.post("reauth", Map.of("password", "wonderland")));
    }

    @Test
    void reauthWithTheRightPasswordRedirectsToNextAndAWrongOneAnswers401() {
        login(browser, "alice", "wonderland");
        Response form = browser.get("reauth?next=%2Fsettings");
        assertStatus(200, form);
        assertBodyContains("name=\"password\"", form);
        assertBodyContains("type=\"hidden\" name=\"next\" value=\"/settings\"", form);
        assertStatus(401, browser.post("reauth", Map.of("password", "wrong", "next", "/settings")));
        assertRedirect(303, "/settings", browser.post("reauth", Map.of("password", "wonderland", "next", "/settings")));
        assertRedirect(303, "/", browser.post("reauth", Map.of("password", "wonderland")));
        assertEquals(ME_ALICE, browser.get("api/me").body());
    }

    @Test
    void reauthRefusesAnUnsafeNext() {
        login(browser, "alice", "wonderland");
        assertStatus(400, browser.post("reauth", Map.of("password", "wonderland", "next", "//evil.example")));
    }

    @Test
    void logoutByPostOrGetRedirectsHomeAndInvalidatesTheSession() {
        for (String method : List.of("POST", "GET")) {
            login(browser, "alice", "wonderland");
            String session = browser.cookie("JSESSIONID");
            assertRedirect(303, "/", browser.send(method, "logout", method.equals("POST") ? "" : null));
            assertAnonymous(browser);
            assertAnonymous(new HttpBrowser(QuickstartServer.base()).withCookie("JSESSIONID", session));
            assertBodyContains("Hello, anonymous", browser.get(""));
        }
    }

    @Test
    void logoutSendsAnonymousVisitorsToLogin() {
        assertRedirect(302, "/login?next=%2Flogout", browser.post("logout", Map.of()));
        assertRedirect(302, "/login?next=%2Flogout", browser.get("logout"));
    }

    // --- API ---

    @Test
    void apiMeAnswers401JsonToAnonymousClientsAndNeverRedirects() {
        // what a browser sends when the address is typed in: it would accept a redirect to a page
        Response me = browser.get("api/me", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertStatus(401, me);
        assertEquals("{\"error\":\"unauthorized\"}", me.body());
    }

    @Test
    void apiMeDescribesTheSessionLogin() {
        login(browser, "alice", "wonderland");
        Response me = browser.get("api/me");
        assertStatus(200, me);
        assertEquals(ME_ALICE, me.body());
        assertTrue(me.header("Content-Type").startsWith("application/json"), () -> me.toString());
    }

    @Test
    void apiFreshAnswersAFreshLoginAnd401ToAnonymousClients() {
        assertStatus(401, browser.get("api/fresh"));
        login(browser, "alice", "wonderland");
        Response fresh = browser.get("api/fresh");
        assertStatus(200, fresh);
        assertBodyContains("\"id\":\"alice\"", fresh);
    }

    @Test
    void apiPublicNamesTheUserOrNull() {
        assertEquals("{\"user\":null}", browser.get("api/public").body());
        login(browser, "alice", "wonderland");
        assertEquals("{\"user\":\"alice\"}", browser.get("api/public").body());
    }

    // --- roles and the platform's security ---

    static final String WHOAMI_NOBODY = "{\"principal\":null,\"remoteUser\":null,\"admin\":false}";

    @Test
    void admin_page_sends_anonymous_visitors_to_login_refuses_bob_and_shows_alice() {
        assertRedirect(302, "/login?next=%2Fadmin", browser.get("admin"));
        HttpBrowser bob = new HttpBrowser(QuickstartServer.base());
        login(bob, "bob", "builder");
        assertStatus(403, bob.get("admin"));
        login(browser, "alice", "wonderland");
        Response alice = browser.get("admin");
        assertStatus(200, alice);
        assertBodyContains("Admin", alice);
    }

    @Test
    void api_admin_answers_401_json_anonymous_403_json_bob_and_200_alice() {
        Response anonymous = browser.get("api/admin");
        assertStatus(401, anonymous);
        assertEquals("{\"error\":\"unauthorized\"}", anonymous.body(), () -> anonymous.toString());
        HttpBrowser bob = new HttpBrowser(QuickstartServer.base());
        login(bob, "bob", "builder");
        Response refused = bob.get("api/admin");
        assertStatus(403, refused);
        assertEquals("{\"error\":\"forbidden\"}", refused.body(), () -> refused.toString());
        login(browser, "alice", "wonderland");
        Response alice = browser.get("api/admin");
        assertStatus(200, alice);
        assertEquals("{\"id\":\"alice\",\"admin\":true}", alice.body(), () -> alice.toString());
    }

    @Test
    void api_whoami_shows_what_the_platform_sees_and_nobody_after_logout_also_for_a_kept_session_cookie() {
        Response anonymous = browser.get("api/whoami");
        assertStatus(200, anonymous);
        assertEquals(WHOAMI_NOBODY, anonymous.body(), () -> anonymous.toString());
        HttpBrowser bob = new HttpBrowser(QuickstartServer.base());
        login(bob, "bob", "builder");
        Response seenBob = bob.get("api/whoami");
        assertEquals("{\"principal\":\"bob\",\"remoteUser\":\"bob\",\"admin\":false}", seenBob.body(), () -> seenBob.toString());
        login(browser, "alice", "wonderland");
        Response seenAlice = browser.get("api/whoami");
        assertEquals("{\"principal\":\"alice\",\"remoteUser\":\"alice\",\"admin\":true}", seenAlice.body(), () -> seenAlice.toString());
        String kept = browser.cookie("JSESSIONID");
        browser.post("logout", Map.of());
        Response after = browser.get("api/whoami");
        assertEquals(WHOAMI_NOBODY, after.body(), () -> after.toString());
        HttpBrowser replay = new HttpBrowser(QuickstartServer.base()).withCookie("JSESSIONID", kept);
        Response replayed = replay.get("api/whoami");
        assertEquals(WHOAMI_NOBODY, replayed.body(), () -> replayed.toString());
    }

    @Test
    void api_whoami_sees_a_bearer_token_login_for_that_request_and_no_disabled_account() {
        Response alice = browser.get("api/whoami", "Authorization", "Bearer alice-api-token");
        assertEquals("{\"principal\":\"alice\",\"remoteUser\":\"alice\",\"admin\":true}", alice.body(), () -> alice.toString());
        Response admin = browser.get("api/admin", "Authorization", "Bearer alice-api-token");
        assertStatus(200, admin);
        Response mallory = browser.get("api/whoami", "Authorization", "Bearer mallory-api-token");
        assertEquals(WHOAMI_NOBODY, mallory.body(), () -> mallory.toString());
        Response next = browser.get("api/whoami");
        assertEquals(WHOAMI_NOBODY, next.body(), () -> next.toString());
    }

    @Test
    void bearerTokenLogsInForOneRequestOnly() {
        Response me = browser.get("api/me", "Authorization", "Bearer alice-api-token");
        assertStatus(200, me);
        assertEquals("{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":false,\"remembered\":false,\"source\":\"request\"}",
                me.body());
        assertEquals("{\"user\":\"bob\"}", browser.get("api/public", "Authorization", "Bearer bob-api-token").body());
        assertAnonymous(browser);
        assertNull(browser.cookie("JSESSIONID"), "a bearer token made a session");
    }

    @Test
    void bearerTokenLoginIsNeverFresh() {
        Response fresh = browser.get("api/fresh", "Authorization", "Bearer alice-api-token");
        assertStatus(401, fresh);
        assertEquals("{\"error\":\"fresh login required\"}", fresh.body());
    }

    @Test
    void bearerTokenOfADisabledAccountOrAnUnknownTokenLogsNobodyIn() {
        for (String header : List.of("Bearer mallory-api-token", "Bearer nobody-api-token", "Bearer ", "Basic YWxpY2U6d29uZGVybGFuZA==")) {
            Response me = browser.get("api/me", "Authorization", header);
            assertStatus(401, me);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/me", "api/fresh", "api/public", "profile", "settings", "reauth", "logout", "login", ""})
    void optionsRequestsAreNeverRefusedForWantOfALogin(String path) {
        Response options = browser.send("OPTIONS", path, null);
        assertTrue(options.status() < 300, () -> "OPTIONS refused: " + options);
    }

    // --- the session-version cookie (issue 15): one server keeps its sessions in memory ---

    /** Payara's SEVERE lines so far: the malformed-version answer of a replicating server logs one per request. */
    static long severeLines(String log) {
        return log.lines().filter(line -> line.contains("SEVERE")).count();
    }

    @Test
    void aSingleServerSendsNoSessionVersionCookie() {
        Response login = login(browser, "alice", "wonderland");
        assertStatus(303, login);
        assertNull(login.setCookies().get("JSESSIONIDVERSION"), login::toString);
        Response me = browser.get("api/me");
        assertEquals(ME_ALICE, me.body(), me::toString);
        assertTrue(me.setCookieHeaders().isEmpty(), () -> "a cookie on a request that only reads the session: " + me);
    }

    @Test
    void aMalformedSessionVersionCookieIsIgnoredOnASingleServerNeverAnEmpty200() {
        long severeBefore = severeLines(QuickstartServer.log());
        Response anonymous = new HttpBrowser(QuickstartServer.base()).withCookie("JSESSIONID", "made-up")
                .withCookie("JSESSIONIDVERSION", "Wf:0").get("api/me");
        assertStatus(401, anonymous);
        assertEquals("{\"error\":\"unauthorized\"}", anonymous.body(), anonymous::toString);
        assertStatus(303, login(browser, "alice", "wonderland"));
        Response alice = browser.withCookie("JSESSIONIDVERSION", "Wf:0").get("api/me");
        assertEquals(ME_ALICE, alice.body(), alice::toString);
        assertEquals(severeBefore, severeLines(QuickstartServer.log()), () -> "the server logged:\n" + QuickstartServer.log());
    }
}

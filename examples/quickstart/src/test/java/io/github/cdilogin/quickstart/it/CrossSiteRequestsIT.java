package io.github.cdilogin.quickstart.it;

import static io.github.cdilogin.quickstart.it.QuickstartContractIT.ME_ALICE;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertAnonymous;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.quickstart.it.support.QuickstartServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's "Cross-site requests" rows: a browser's request from another site cannot log anyone
 * in, out or fresh (403, and nothing changes), the application's own forms and clients without
 * browser headers work, and every HTML page carries the headers a scanner expects.
 */
@ExtendWith(QuickstartServer.class)
class CrossSiteRequestsIT {

    /** The headers of a browser's request from another site, each way the contract names. */
    static final List<String[]> FROM_ANOTHER_SITE = List.of(
            new String[] {"Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"},
            new String[] {"Sec-Fetch-Site", "same-site", "Origin", "https://evil.localhost"},
            new String[] {"Origin", "https://evil.example"},
            new String[] {"Origin", "http://127.0.0.1:1"});

    final HttpBrowser browser = new HttpBrowser(QuickstartServer.base());

    static String ownOrigin() {
        URI base = QuickstartServer.base();
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    static Map<String, String> alicesForm() {
        return Map.of("username", "alice", "password", "wonderland", "next", "");
    }

    static void assertRefusedUnchanged(Response response) {
        assertStatus(403, response);
        assertNull(response.header("Location"), response::toString);
        assertTrue(response.setCookieHeaders().isEmpty(), () -> "a refused request set a cookie: " + response);
    }

    @Test
    void cross_site_login_is_403_and_logs_nobody_in_even_with_the_right_password() {
        for (String[] headers : FROM_ANOTHER_SITE) {
            assertRefusedUnchanged(browser.post("login", alicesForm(), headers));
            assertRefusedUnchanged(browser.post("login", Map.of("username", "alice", "password", "wrong"), headers));
            assertRefusedUnchanged(browser.post("login", Map.of("username", "alice", "password", "wonderland",
                    "remember", "on"), headers));
            assertAnonymous(browser);
        }
    }

    @Test
    void cross_site_logout_and_reauth_are_403_and_leave_the_login_as_it_was() {
        assertStatus(303, browser.post("login", Map.of("username", "alice", "password", "wonderland", "remember", "on")));
        String session = browser.cookie("JSESSIONID");
        String remember = browser.cookie("remember_token");
        assertNotNull(remember);
        for (String[] headers : FROM_ANOTHER_SITE) {
            assertRefusedUnchanged(browser.post("logout", Map.of(), headers));
            assertRefusedUnchanged(browser.post("reauth", Map.of("password", "wonderland", "next", ""), headers));
        }
        assertEquals(session, browser.cookie("JSESSIONID"));
        Response me = browser.get("api/me");
        assertEquals(ME_ALICE, me.body(), me::toString);
        Response remembered = new HttpBrowser(QuickstartServer.base()).withCookie("remember_token", remember).get("api/me");
        assertStatus(200, remembered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none"})
    void the_sites_own_forms_log_in_reauthenticate_and_log_out(String fetchSite) {
        String[] own = {"Sec-Fetch-Site", fetchSite, "Origin", ownOrigin()};
        assertStatus(303, browser.post("login", alicesForm(), own));
        assertStatus(303, browser.post("reauth", Map.of("password", "wonderland", "next", ""), own));
        assertEquals(ME_ALICE, browser.get("api/me").body());
        assertStatus(303, browser.post("logout", Map.of(), own));
        assertAnonymous(browser);
    }

    @Test
    void an_old_browser_sending_only_its_own_origin_and_a_client_sending_neither_header_work() {
        assertStatus(303, browser.post("login", alicesForm(), "Origin", ownOrigin()));
        assertStatus(303, browser.post("logout", Map.of(), "Origin", ownOrigin()));
        assertStatus(303, browser.post("login", alicesForm()));
        assertEquals(ME_ALICE, browser.get("api/me").body());
        assertStatus(303, browser.post("logout", Map.of()));
        assertAnonymous(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "login", "login?next=%2Fprofile", "profile", "settings", "reauth"})
    void every_html_page_carries_nosniff_a_content_security_policy_and_a_referrer_policy(String path) {
        assertStatus(303, browser.post("login", alicesForm()));
        Response page = browser.get(path);
        assertStatus(200, page);
        assertTrue(page.header("Content-Type").startsWith("text/html"), page::toString);
        assertEquals("nosniff", page.header("X-Content-Type-Options"), page::toString);
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"), page::toString);
        assertNotNull(page.header("Referrer-Policy"), page::toString);
    }
}

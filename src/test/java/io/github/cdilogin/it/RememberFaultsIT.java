package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.faults.SwitchableStore;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Remember me when its store fails, and the rules that keep real users from being taken for thieves,
 * over real HTTP. The application brings its own {@code RememberTokenStore} ({@link SwitchableStore}),
 * which a test endpoint makes fail: entirely (a database that is gone), or only for deletions.
 * Strong session protection, so that it too revokes through the store.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class RememberFaultsIT {

    private static final String CONTEXT = "remember-faults";
    private static final String COOKIE = "remember_token";
    /** Where the series is in a cookie value: after the key id and its dot. */
    private static final int SERIES = 9;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CONTEXT, Map.of(
                        "cdi-login.remember-cookie.rotation-grace", "PT2S",
                        "cdi-login.session-protection", "strong"),
                new Package[] {ItUser.class.getPackage(), SwitchableStore.class.getPackage()});
    }

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        Response probe = new HttpBrowser(base).get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
        store("UP");
        rememberedLogin("bob"); // a call the store answers: any earlier outage has ended
        store("UP"); // and the warnings of that are cleared
    }

    @AfterEach
    void storeBack() {
        store("UP");
    }

    private void store(String mode) {
        Response set = new HttpBrowser(base).post("faults", Map.of("mode", mode));
        assertEquals(200, set.status(), set.toString());
    }

    /** @return the warnings the library logged since the store was last switched */
    private List<String> warnings() {
        return lines(new HttpBrowser(base).get("faults").body());
    }

    private boolean storeHolds(String cookie) {
        return new HttpBrowser(base).get("faults?series=" + series(cookie)).body().startsWith("held");
    }

    private static String series(String cookie) {
        return cookie.substring(SERIES, SERIES + 22);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private String events() {
        return new HttpBrowser(base).get("api/probe/events").body();
    }

    private static long count(String events, String kind) {
        return events.lines().filter(line -> line.startsWith(kind)).count();
    }

    private HttpBrowser rememberedLogin(String username) {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Response login = browser.post("login", Map.of("username", username, "remember", "on"));
        assertEquals(200, login.status(), login.toString());
        assertNotNull(browser.cookie(COOKIE), "no remember cookie after a remembered login: " + login);
        return browser;
    }

    private HttpBrowser cameBack(String rememberCookie) {
        return new HttpBrowser(base).withCookie(COOKIE, rememberCookie);
    }

    /** Neither a 500 nor anything of the store's failure reaches the client. */
    private static void assertNothingLeaks(Response response) {
        assertTrue(response.status() < 500, "a store outage must never be a 5xx: " + response);
        for (String leak : new String[] {"CDI_LOGIN_REMEMBER", "DELETE FROM", "SQL", "Exception", "connection refused"}) {
            assertFalse(response.body().contains(leak), "the response shows '" + leak + "': " + response);
            assertFalse(response.raw().headers().map().toString().contains(leak), "a header shows '" + leak + "': " + response);
        }
    }

    /** Asks, as a request restored from a cookie does, until the kept revocation has been written. */
    private void awaitWritten(String cookie) throws InterruptedException {
        String unknown = cookie.substring(0, SERIES) + "A".repeat(22) + cookie.substring(SERIES + 22);
        for (int i = 0; i < 30 && storeHolds(cookie); i++) {
            Thread.sleep(500);
            cameBack(unknown).get("api/me"); // a use of the store retries what is due
        }
        assertFalse(storeHolds(cookie), "the kept revocation never reached the store once it was back");
    }

    // --- store outages -------------------------------------------------------------------------

    @Test
    void rememberLoginDuringAnOutageLogsInWithoutTheCookieAndWarnsOnce() {
        store("DOWN");
        for (String user : new String[] {"alice", "bob"}) {
            HttpBrowser browser = new HttpBrowser(base);
            browser.get("login");
            Response login = browser.post("login", Map.of("username", user, "remember", "on"));
            assertEquals(200, login.status(), "a remember-me login during an outage: " + login);
            assertEquals("logged in " + user, login.body());
            assertNothingLeaks(login);
            assertNull(login.setCookieHeader(COOKIE), "no remember cookie without a series behind it: " + login);
            Response me = browser.get("api/me");
            assertEquals(200, me.status(), "the session login holds: " + me);
            assertTrue(me.body().startsWith(user + " "), me.toString());
        }
        List<String> warnings = warnings();
        assertEquals(1, warnings.size(), "one WARNING for the outage, whatever it touches: " + warnings);
        assertTrue(warnings.get(0).contains("remember-token store failed"), warnings.toString());
        assertFalse(warnings.get(0).contains("DELETE") || warnings.get(0).contains("|"),
                "the WARNING carries no SQL and no stack trace: " + warnings);
    }

    @Test
    void restoreDuringAnOutageIsAnonymousAndRevokesNothing() {
        String cookie = rememberedLogin("alice").cookie(COOKIE);
        store("DOWN");
        HttpBrowser back = cameBack(cookie);
        Response api = back.get("api/me");
        assertEquals(401, api.status(), "the store cannot say who this is: anonymous " + api);
        assertNothingLeaks(api);
        assertNull(api.setCookieHeader(COOKIE), "an outage is no reason to drop the cookie: " + api);
        Response page = back.get("profile");
        assertNothingLeaks(page);
        store("UP");
        Response later = cameBack(cookie).get("api/me");
        assertEquals(200, later.status(), "the outage revoked the series: " + later);
        assertFalse(events().contains("replayed:alice"), events());
    }

    @Test
    void logoutDuringAnOutageIsKeptAndItsSeriesNeverLogsInAgain() throws Exception {
        HttpBrowser browser = rememberedLogin("bob");
        String kept = browser.cookie(COOKIE);
        store("DOWN");
        Response logout = browser.post("logout", Map.of());
        assertEquals(200, logout.status(), logout.toString());
        assertNothingLeaks(logout);
        assertNotNull(logout.setCookieHeader(COOKIE), "the browser's cookie is deleted all the same: " + logout);
        store("UP");
        Response copy = cameBack(kept).get("api/me");
        assertEquals(401, copy.status(), "a copy of the logged-out cookie logs in once the store is back: " + copy);
        awaitWritten(kept);
        assertEquals(401, cameBack(kept).get("api/me").status());
    }

    @Test
    void logoutTheStoreCannotDeleteIsRefusedOnThisMemberMeanwhile() throws Exception {
        HttpBrowser browser = rememberedLogin("alice");
        String kept = browser.cookie(COOKIE);
        store("DELETES_FAIL");
        Response logout = browser.post("logout", Map.of());
        assertEquals(200, logout.status(), logout.toString());
        assertNothingLeaks(logout);
        assertTrue(storeHolds(kept), "the store was to refuse the deletion");
        Response copy = cameBack(kept).get("api/me");
        assertEquals(401, copy.status(), "the series is revoked on this member while its deletion waits: " + copy);
        assertNothingLeaks(copy);
        store("UP");
        awaitWritten(kept);
    }

    @Test
    void strongProtectionTheStoreCannotDeleteIsRefusedOnThisMemberMeanwhile() throws Exception {
        HttpBrowser browser = rememberedLogin("bob");
        String kept = browser.cookie(COOKIE);
        store("DELETES_FAIL");
        Response elsewhere = browser.get("api/me", "User-Agent", "another client");
        assertEquals(401, elsewhere.status(), "strong protection ends the login: " + elsewhere);
        assertNothingLeaks(elsewhere);
        Response copy = cameBack(kept).get("api/me");
        assertEquals(401, copy.status(), "the series strong protection revoked still logs in: " + copy);
        store("UP");
        awaitWritten(kept);
    }

    @Test
    void revokeRememberedLoginsTheStoreCannotDeleteIsRefusedOnThisMemberMeanwhile() throws Exception {
        HttpBrowser laptop = rememberedLogin("alice");
        String phone = rememberedLogin("alice").cookie(COOKIE);
        store("DELETES_FAIL");
        Response revoke = laptop.post("revoke-remembered", Map.of());
        assertEquals(200, revoke.status(), revoke.toString());
        assertNothingLeaks(revoke);
        Response fromPhone = cameBack(phone).get("api/me");
        assertEquals(401, fromPhone.status(), "every series of the user is revoked here meanwhile: " + fromPhone);
        store("UP");
        awaitWritten(phone);
    }

    @Test
    void devicesAndAPasswordChangeDuringAnOutageAreNoErrorAndEveryOtherSeriesStillEnds() throws Exception {
        HttpBrowser laptop = rememberedLogin("alice");
        String phone = rememberedLogin("alice").cookie(COOKIE);
        assertEquals("2 devices", laptop.get("devices").body());
        store("DOWN");

        Response list = laptop.get("devices");
        assertEquals(200, list.status(), list.toString());
        assertEquals("0 devices", list.body(), "while the store is down no device can be listed");
        assertNothingLeaks(list);
        Response revoke = laptop.post("devices", Map.of("id", "A".repeat(22)));
        assertEquals(404, revoke.status(), revoke.toString());
        assertNothingLeaks(revoke);
        Response change = laptop.post("change-password", Map.of());
        assertEquals(200, change.status(), change.toString());
        assertNothingLeaks(change);
        assertEquals(200, laptop.get("api/me").status(), "this browser's session goes on after its password change");

        store("UP");
        Response fromPhone = cameBack(phone).get("api/me");
        assertEquals(401, fromPhone.status(), "the password change ended the phone's series: " + fromPhone);
        assertEquals(200, laptop.get("api/me").status());
    }

    // --- no false alarms -------------------------------------------------------------------------

    @Test
    void cookieOfAnotherSecretIsRefusedQuietlyWithOneWarning() {
        String cookie = rememberedLogin("bob").cookie(COOKIE);
        String otherKey = (cookie.startsWith("Z") ? "Y" : "Z") + cookie.substring(1);
        String before = events();
        for (int i = 0; i < 3; i++) {
            Response me = cameBack(otherKey).get("api/me");
            assertEquals(401, me.status(), "a cookie of another secret logs nobody in: " + me);
            assertNull(me.setCookieHeader(COOKIE), "and is left alone (its member may take it): " + me);
        }
        assertEquals(count(before, "replayed:"), count(events(), "replayed:"), "no RememberCookieReplayedEvent: " + events());
        assertEquals(count(before, "cookie:"), count(events(), "cookie:"), "no login from the cookie: " + events());
        List<String> warnings = warnings().stream().filter(line -> line.contains("another secret")).toList();
        assertEquals(1, warnings.size(), "one WARNING per unknown key id: " + warnings());
        assertTrue(storeHolds(cookie), "nothing revoked");
        assertEquals(200, cameBack(cookie).get("api/me").status(), "the real cookie still logs in");
    }

    @Test
    void cookieFromBeforeKeyIdsIsRefusedQuietlyAsAnUnknownKey() {
        String cookie = rememberedLogin("alice").cookie(COOKIE);
        String before = events();
        Response me = cameBack(cookie.substring(SERIES)).get("api/me");
        assertEquals(401, me.status(), me.toString());
        assertEquals(count(before, "replayed:"), count(events(), "replayed:"), "no RememberCookieReplayedEvent: " + events());
        assertTrue(storeHolds(cookie), "nothing revoked");
    }

    @Test
    void rotationWhoseResponseWasLostIsNoTheft() throws Exception {
        String cookie = rememberedLogin("alice").cookie(COOKIE);
        Response rotated = cameBack(cookie).get("api/me");
        assertEquals(200, rotated.status(), rotated.toString());
        assertNotNull(rotated.setCookieHeader(COOKIE), "rotated, but the browser never gets it: " + rotated);
        Thread.sleep(2_500);
        String before = events();
        HttpBrowser back = cameBack(cookie);
        Response again = back.get("api/me");
        assertEquals(200, again.status(), "the value the browser still holds, after the grace window: " + again);
        assertEquals(count(before, "replayed:"), count(events(), "replayed:"), "a lost response was taken for theft:\n" + events());
        assertEquals(200, cameBack(back.cookie(COOKIE)).get("api/me").status(), "the new value works");
    }

    @Test
    void copyUsedAfterTheOwnerWentOnIsStillAReplay() throws Exception {
        String stolen = rememberedLogin("bob").cookie(COOKIE);
        HttpBrowser owner = cameBack(stolen);
        owner.get("api/me");
        String second = owner.cookie(COOKIE);
        HttpBrowser ownerAgain = cameBack(second);
        assertEquals(200, ownerAgain.get("api/me").status());
        String third = ownerAgain.cookie(COOKIE);
        Thread.sleep(2_500);
        Response copy = cameBack(stolen).get("api/me");
        assertEquals(401, copy.status(), "a value the owner moved past came back: " + copy);
        assertTrue(events().contains("replayed:bob"), events());
        assertEquals(401, cameBack(third).get("api/me").status(), "the series is revoked as a whole");
    }
}

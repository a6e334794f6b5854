package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.it.support.Servers;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Remember me" over real HTTP: the cookie, its restore, rotation, replay detection, revocation and
 * every kind of bad cookie. Test names follow Flask-Login's tests where one exists.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class RememberMeIT {

    private static final String CONTEXT = "remember-me";
    private static final String COOKIE = "remember_token";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CONTEXT, Map.of(
                "cdi-login.login-view", "/login",
                "cdi-login.remember-cookie.rotation-grace", "PT4S"), ItUser.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void deployedAndAnswering() {
        base = Loopback.base(deployed);
        Response probe = new HttpBrowser(base).get("api/probe/loads");
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
    }

    /** Logs in with remember me and returns the browser, holding both cookies. */
    private HttpBrowser rememberedLogin(String username, String... extra) {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Map<String, String> form = new LinkedHashMap<>(Map.of("username", username, "remember", "on"));
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        Response login = browser.post("login", form);
        assertEquals(200, login.status(), login.toString());
        assertNotNull(browser.cookie(COOKIE), "no remember cookie after a remembered login: " + login);
        return browser;
    }

    /** A browser that closed and came back: the session cookie is gone, the remember cookie kept. */
    private HttpBrowser cameBack(String rememberCookie) {
        return new HttpBrowser(base).withCookie(COOKIE, rememberCookie);
    }

    private String events() {
        return new HttpBrowser(base).get("api/probe/events").body();
    }

    @Test
    void rememberMeSetsAnOpaqueHttpOnlyLaxCookieWithMaxAgeAndExpires() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Response login = browser.post("login", Map.of("username", "alice", "remember", "on"));
        String header = login.setCookieHeader(COOKIE);
        assertNotNull(header, login.toString());
        assertTrue(header.contains("; HttpOnly"), header);
        assertTrue(header.contains("; SameSite=Lax"), header);
        assertTrue(header.contains("; Path=/" + CONTEXT), header);
        // Open Liberty writes Max-Age as Expires (checked below); elsewhere the header is the library's own
        assertTrue(Servers.dropsCookieMaxAge() || header.contains("; Max-Age=31536000"), "365 days by default: " + header);
        assertTrue(header.contains("; Expires="), header);
        assertFalse(header.contains("; Secure"), "plain HTTP request, so no Secure: " + header);
        String value = browser.cookie(COOKIE);
        assertFalse(value.toLowerCase().contains("alice"), "the value must carry nothing readable: " + value);
        assertTrue(value.length() >= 60, "two random values of 128 bits or more: " + value);
    }

    @Test
    void rememberMeIsUnfresh() {
        HttpBrowser browser = rememberedLogin("alice");
        HttpBrowser back = cameBack(browser.cookie(COOKIE));
        Response me = back.get("api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals("alice Alice fresh=false source=COOKIE remembered=true", me.body());
        assertNotNull(back.cookie("JSESSIONID"), "a restored login gets a session: " + me);
        Response again = back.get("api/me");
        assertEquals("alice Alice fresh=false source=SESSION remembered=true", again.body(), again.toString());
        Response settings = back.get("settings");
        assertEquals(401, settings.status(), "a remembered login is refused by fresh guards: " + settings);
        assertEquals("{\"error\":\"fresh login required\"}", settings.body());
    }

    @Test
    void loginFromTheCookieFiresUserLoadedFromCookie() {
        HttpBrowser browser = rememberedLogin("bob");
        cameBack(browser.cookie(COOKIE)).get("api/me");
        assertTrue(events().contains("cookie:bob"), events());
    }

    @Test
    void rememberCookieRotatesEachTimeItLogsSomeoneIn() {
        HttpBrowser browser = rememberedLogin("alice");
        String first = browser.cookie(COOKIE);
        HttpBrowser back = cameBack(first);
        back.get("api/me");
        String second = back.cookie(COOKIE);
        assertNotNull(second, "the restore should send a rotated cookie");
        assertNotEquals(first, second, "the validator did not rotate");
        assertEquals(first.substring(0, 31), second.substring(0, 31), "the key id and the series stay the same");
        assertEquals(200, cameBack(second).get("api/me").status(), "the rotated cookie logs in");
    }

    @Test
    void parallelRequestsWithTheSameCookieAllSucceedWithinTheGraceWindow() throws Exception {
        String cookie = rememberedLogin("alice").cookie(COOKIE);
        String before = events();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Response> request = () -> cameBack(cookie).get("api/me");
                answers.add(pool.submit(request));
            }
            for (Future<Response> answer : answers) {
                Response me = answer.get();
                assertEquals(200, me.status(), "a parallel request with the same cookie was refused: " + me);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before.split("replayed:alice", -1).length, events().split("replayed:alice", -1).length,
                "parallel requests were taken for a replay:\n" + events());
    }

    @Test
    void rememberCookieReplayedAfterTheGraceWindowRevokesTheWholeSeries() throws Exception {
        String stolen = rememberedLogin("bob").cookie(COOKIE);
        HttpBrowser thief = cameBack(stolen);
        assertEquals(200, thief.get("api/me").status());
        // The thief goes on with the value it was sent (until then the stolen one could be a lost response's)
        HttpBrowser thiefAgain = cameBack(thief.cookie(COOKIE));
        assertEquals(200, thiefAgain.get("api/me").status());
        String rotated = thiefAgain.cookie(COOKIE);
        Thread.sleep(4_500);
        Response replay = cameBack(stolen).get("api/me");
        assertEquals(401, replay.status(), "a rotated-away cookie came back after the grace window: " + replay);
        assertTrue(events().contains("replayed:bob"), events());
        Response rotatedToo = cameBack(rotated).get("api/me");
        assertEquals(401, rotatedToo.status(), "the series should be revoked as a whole: " + rotatedToo);
    }

    @Test
    void logoutStaysLoggedOutWithRememberMe() {
        HttpBrowser browser = rememberedLogin("alice");
        String kept = browser.cookie(COOKIE);
        Response logout = browser.post("logout", Map.of());
        String deletion = logout.setCookieHeader(COOKIE);
        assertNotNull(deletion, "logout must delete the remember cookie: " + logout);
        assertTrue(deletion.contains("Max-Age=0") && deletion.contains("; Path=/" + CONTEXT)
                && deletion.contains("; SameSite=Lax") && deletion.contains("; HttpOnly"),
                "deleted with the attributes it was set with: " + deletion);
        Response replay = cameBack(kept).get("api/me");
        assertEquals(401, replay.status(), "a remember cookie kept from before logout still logs in: " + replay);
    }

    @Test
    void loginWithoutRememberClearsAnOlderRememberCookie() {
        HttpBrowser browser = rememberedLogin("bob");
        String bobs = browser.cookie(COOKIE);
        Response login = browser.post("login", Map.of("username", "alice"));
        assertEquals(200, login.status(), login.toString());
        assertNotNull(login.setCookieHeader(COOKIE), "the older remember cookie was left in place: " + login);
        assertEquals(null, browser.cookie(COOKIE));
        assertEquals(401, cameBack(bobs).get("api/me").status(), "bob's series must be revoked");
    }

    @Test
    void revokeRememberedLoginsEndsEveryDevicesCookie() {
        HttpBrowser laptop = rememberedLogin("alice");
        HttpBrowser phone = rememberedLogin("alice");
        assertEquals("revoked", laptop.post("revoke-remembered", Map.of()).body());
        Response phoneBack = cameBack(phone.cookie(COOKIE)).get("api/me");
        assertEquals(401, phoneBack.status(), phoneBack.toString());
        Response laptopBack = cameBack(laptop.cookie(COOKIE)).get("api/me");
        assertEquals(401, laptopBack.status(), laptopBack.toString());
    }

    @Test
    void expiredRememberCookieIsRefusedByTheServerWhateverTheBrowserKeeps() throws Exception {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Response login = browser.post("login", Map.of("username", "alice", "remember", "on", "duration", "PT2S"));
        // Open Liberty writes Max-Age as Expires; what this test proves is the server's refusal below
        assertTrue(Servers.dropsCookieMaxAge()
                || login.setCookieHeader(COOKIE).contains("Max-Age=2") || login.setCookieHeader(COOKIE).contains("Max-Age=1"),
                "the per-login duration: " + login.setCookieHeader(COOKIE));
        String kept = browser.cookie(COOKIE);
        Thread.sleep(2_500);
        Response late = cameBack(kept).get("api/me");
        assertEquals(401, late.status(), "an expired series still logs in: " + late);
    }

    @Test
    void badRememberCookiesLeaveTheRequestAnonymousNeverAnError() {
        String good = rememberedLogin("alice").cookie(COOKIE);
        char last = good.charAt(good.length() - 1);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("tampered", good.substring(0, good.length() - 1) + (last == 'A' ? 'B' : 'A'));
        bad.put("truncated", good.substring(0, 30));
        bad.put("unknown series", good.substring(0, 9) + "AAAAAAAAAAAAAAAAAAAAAA" + good.substring(31));
        bad.put("oversized", "A".repeat(8 * 1024));
        bad.put("non-ASCII", good.substring(0, 40) + "%C3%A9" + good.substring(46));
        bad.put("no separator", good.replace(':', 'x'));
        bad.put("empty", "");
        for (Map.Entry<String, String> cookie : bad.entrySet()) {
            Response me = new HttpBrowser(base).get("api/me", "Cookie", COOKIE + "=" + cookie.getValue());
            assertTrue(me.status() == 401 || (me.status() >= 400 && me.status() < 500 && cookie.getKey().equals("oversized")),
                    cookie.getKey() + " cookie: " + me);
            assertFalse(me.body().contains("Exception"), cookie.getKey() + " cookie: " + me);
        }
        String value = rememberedLogin("bob").cookie(COOKIE);
        Response doubled = new HttpBrowser(base).get("api/me", "Cookie", COOKIE + "=" + value + "; " + COOKIE + "=" + value);
        assertEquals(401, doubled.status(), "two remember cookies: which one? neither. " + doubled);
    }

    @Test
    void badRememberCookieFallsThroughToTheRequestLoader() {
        Response me = new HttpBrowser(base).get("api/me", "Cookie", COOKIE + "=garbage", "Authorization", "Bearer bob-token");
        assertEquals(200, me.status(), me.toString());
        assertEquals("bob Bob fresh=false source=REQUEST remembered=false", me.body());
    }

    @Test
    void cookieValuesNeverReachTheServerLog() {
        String value = rememberedLogin("alice").cookie(COOKIE);
        cameBack(value).get("api/me");
        String log = PayaraDeploymentGuard.log();
        assertFalse(log.contains(value.substring(32)), "a remember validator reached the server log");
        assertFalse(log.contains(value.substring(9, 31)), "a remember series reached the server log");
    }
}

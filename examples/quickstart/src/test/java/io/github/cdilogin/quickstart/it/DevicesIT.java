package io.github.cdilogin.quickstart.it;

import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertAnonymous;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertBodyContains;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertRedirect;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertStatus;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.login;
import static io.github.cdilogin.quickstart.it.RememberMeIT.COOKIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.quickstart.it.support.QuickstartServer;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract's "Devices and password changes" rows: {@code GET /api/devices}, {@code POST
 * /api/devices/{id}/revoke}, the settings page's device buttons and {@code POST /settings/password}. Each
 * test starts from a clean slate for alice (every other device of hers logged out), since the other test
 * classes share the server and log her in with "remember me" too. A password change is always changed back.
 */
@ExtendWith(QuickstartServer.class)
class DevicesIT {

    static final String FIREFOX_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
    /** One device of the list, in the contract's shape and order of keys. */
    static final Pattern DEVICE = Pattern.compile("\\{\"id\":\"([A-Za-z0-9_-]+)\",\"current\":(true|false),"
            + "\"created\":\"([^\"]+)\",\"lastUsed\":\"([^\"]+)\",\"agent\":\"([^\"]+)\"}");
    static final Pattern LIST = Pattern.compile("\\{\"devices\":\\[(" + DEVICE.pattern() + "(," + DEVICE.pattern() + ")*)?]}");

    record Device(String id, boolean current, Instant created, Instant lastUsed, String agent) {
    }

    /** Alice's browser for the settings page: logged in, fresh, remembered. Its agent is the test client's, "Java". */
    HttpBrowser laptop;

    HttpBrowser newBrowser() {
        return new HttpBrowser(QuickstartServer.base());
    }

    @BeforeEach
    void aliceLogsOutEveryOtherDevice() {
        laptop = newBrowser();
        assertStatus(303, login(laptop, "alice", "wonderland", "remember", "on"));
        assertRedirect(303, "/settings", laptop.post("settings/devices", Map.of("others", "on")));
        assertEquals(1, devices(laptop).size(), () -> "after log out all other devices: " + laptop.get("api/devices"));
    }

    static List<Device> devices(HttpBrowser browser) {
        Response response = browser.get("api/devices");
        assertStatus(200, response);
        assertTrue(LIST.matcher(response.body()).matches(), () -> "not the contract's shape: " + response);
        List<Device> devices = new ArrayList<>();
        Matcher device = DEVICE.matcher(response.body());
        while (device.find()) {
            devices.add(new Device(device.group(1), Boolean.parseBoolean(device.group(2)), Instant.parse(device.group(3)),
                    Instant.parse(device.group(4)), device.group(5)));
        }
        return devices;
    }

    /** A second browser of alice's, logged in with "remember me" under {@code userAgent}. */
    HttpBrowser rememberedBrowser(String user, String password, String userAgent) {
        HttpBrowser browser = newBrowser();
        assertStatus(303, browser.post("login", Map.of("username", user, "password", password, "remember", "on"),
                "User-Agent", userAgent));
        assertNotNull(browser.cookie(COOKIE));
        return browser;
    }

    static HttpBrowser copyOfCookie(HttpBrowser browser) {
        return new HttpBrowser(QuickstartServer.base()).withCookie(COOKIE, browser.cookie(COOKIE));
    }

    static void assertLoggedInAs(String user, HttpBrowser browser) {
        Response me = browser.get("api/me");
        assertStatus(200, me);
        assertBodyContains("\"id\":\"" + user + "\"", me);
    }

    // --- GET /api/devices ---

    @Test
    void anonymousGetsUnauthorizedForTheListAndForRevoking() {
        HttpBrowser anonymous = newBrowser();
        Response list = anonymous.get("api/devices");
        assertStatus(401, list);
        assertEquals("{\"error\":\"unauthorized\"}", list.body(), list::toString);
        String id = devices(laptop).get(0).id();
        assertStatus(401, anonymous.post("api/devices/" + id + "/revoke", Map.of()));
        assertStatus(302, anonymous.post("settings/devices", Map.of("device", id)));
        assertLoggedInAs("alice", copyOfCookie(laptop));
    }

    @Test
    void devicesAreListedNewestFirstWithCurrentCreatedLastUsedAndAShortAgent() {
        Instant before = devices(laptop).get(0).created();
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);

        List<Device> fromPhone = devices(phone);
        assertEquals(2, fromPhone.size(), fromPhone::toString);
        Device newest = fromPhone.get(0);
        Device laptopsDevice = fromPhone.get(1);
        assertEquals("Chrome on Android", newest.agent());
        assertTrue(newest.current(), "the phone's own device is current from the phone");
        assertEquals("Java", laptopsDevice.agent(), "the test client's User-Agent is Java-http-client");
        assertFalse(laptopsDevice.current());
        assertFalse(newest.created().isBefore(laptopsDevice.created()), fromPhone::toString);
        assertEquals(before, laptopsDevice.created());
        assertFalse(newest.lastUsed().isBefore(newest.created()), fromPhone::toString);

        List<Device> fromLaptop = devices(laptop);
        assertEquals(List.of(false, true), fromLaptop.stream().map(Device::current).toList());
        assertEquals(fromPhone.stream().map(Device::id).toList(), fromLaptop.stream().map(Device::id).toList());
    }

    @Test
    void aRestoredLoginIsCurrentOnItsDeviceAndALoginWithoutRememberMeHasNoCurrentDevice() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", FIREFOX_ON_LINUX);
        String phonesId = devices(phone).get(0).id();
        HttpBrowser reopened = copyOfCookie(phone);
        List<Device> restored = devices(reopened);
        assertEquals(List.of(phonesId), restored.stream().filter(Device::current).map(Device::id).toList());
        assertEquals("Firefox on Linux", restored.get(0).agent());

        HttpBrowser noRemember = newBrowser();
        assertStatus(303, login(noRemember, "alice", "wonderland"));
        List<Device> none = devices(noRemember);
        assertEquals(2, none.size());
        assertTrue(none.stream().noneMatch(Device::current), none::toString);
    }

    @Test
    void theDeviceIdIsNoPartOfItsCookie() {
        Device device = devices(laptop).get(0);
        String cookie = laptop.cookie(COOKIE);
        assertFalse(cookie.contains(device.id()), () -> device + " / " + cookie);
        String series = cookie.substring(cookie.indexOf('.') + 1, cookie.indexOf(':'));
        assertNotEquals(series, device.id());
        assertStatus(404, laptop.post("api/devices/" + series + "/revoke", Map.of()));
    }

    // --- POST /api/devices/{id}/revoke ---

    @Test
    void anotherUsersDeviceIdIsNotFoundAndEndsNothing() {
        HttpBrowser bob = rememberedBrowser("bob", "builder", FIREFOX_ON_LINUX);
        String bobsId = devices(bob).stream().filter(Device::current).findFirst().orElseThrow().id();

        Response refused = laptop.post("api/devices/" + bobsId + "/revoke", Map.of());
        assertStatus(404, refused);
        assertStatus(404, laptop.post("settings/devices", Map.of("device", bobsId)));

        assertLoggedInAs("bob", bob);
        assertLoggedInAs("bob", copyOfCookie(bob));
        assertTrue(devices(bob).stream().anyMatch(d -> d.id().equals(bobsId)));
        assertStatus(303, bob.post("logout", Map.of()));
    }

    @Test
    void unknownOrHostileIdsAreNotFoundNeverAnError() {
        for (String id : List.of("nope", "A".repeat(22), "x".repeat(2000), "%3Cscript%3E", "..%2F..%2Fapi%2Fme",
                "%00%0d%0a")) {
            Response response = laptop.post("api/devices/" + id + "/revoke", Map.of());
            assertTrue(response.status() == 404 || response.status() == 400, response::toString);
            assertFalse(response.body().contains("Exception"), response::toString);
        }
        assertEquals(1, devices(laptop).size());
        assertLoggedInAs("alice", copyOfCookie(laptop));
    }

    @Test
    void revokingADeviceEndsItsSessionsAndItsCookieAtTheNextRequest() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        HttpBrowser restoredFromPhone = copyOfCookie(phone);
        assertLoggedInAs("alice", restoredFromPhone);
        String phoneCookie = phone.cookie(COOKIE);
        String phonesId = devices(phone).get(0).id();

        Response revoked = laptop.post("api/devices/" + phonesId + "/revoke", Map.of());
        assertStatus(204, revoked);

        assertAnonymous(phone);
        assertAnonymous(restoredFromPhone);
        assertAnonymous(new HttpBrowser(QuickstartServer.base()).withCookie(COOKIE, phoneCookie));
        assertEquals(1, devices(laptop).size());
        assertLoggedInAs("alice", laptop);
        assertLoggedInAs("alice", copyOfCookie(laptop));
        assertStatus(404, laptop.post("api/devices/" + phonesId + "/revoke", Map.of())); // revoked once only
    }

    // --- the settings page ---

    @Test
    void settingsListsTheDevicesWithALogOutButtonEachAndLogOutAllOthers() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        Response page = laptop.get("settings");
        assertStatus(200, page);
        assertBodyContains("Your devices", page);
        assertBodyContains("Chrome on Android", page);
        assertBodyContains("(this device)", page);
        for (Device device : devices(laptop)) {
            assertBodyContains("name=\"device\" value=\"" + device.id() + "\"", page);
        }
        assertBodyContains("log out all other devices", page);
        assertBodyContains("action=\"/settings/password\"", page);

        String phonesId = devices(phone).get(0).id();
        assertRedirect(303, "/settings", laptop.post("settings/devices", Map.of("device", phonesId)));
        assertAnonymous(phone);
        assertLoggedInAs("alice", laptop);
    }

    @Test
    void logOutAllOtherDevicesEndsTheirSessionsAndCookiesButNotThisBrowsers() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        HttpBrowser tablet = rememberedBrowser("alice", "wonderland", FIREFOX_ON_LINUX);
        HttpBrowser tabletCopy = copyOfCookie(tablet);
        String created = devices(laptop).stream().filter(Device::current).findFirst().orElseThrow().created().toString();

        assertRedirect(303, "/settings", laptop.post("settings/devices", Map.of("others", "on")));

        assertAnonymous(phone);
        assertAnonymous(tablet);
        assertAnonymous(tabletCopy);
        assertLoggedInAs("alice", laptop);
        assertLoggedInAs("alice", copyOfCookie(laptop));
        List<Device> left = devices(laptop);
        assertEquals(1, left.size());
        assertTrue(left.get(0).current());
        assertEquals(created, left.get(0).created().toString(), "this device keeps when it logged in");
    }

    // --- POST /settings/password ---

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndCookieButNotThisOne() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        HttpBrowser phoneCopy = copyOfCookie(phone);
        HttpBrowser sessionOnly = newBrowser();
        assertStatus(303, login(sessionOnly, "alice", "wonderland"));
        try {
            Response changed = laptop.post("settings/password", Map.of("password", "wonderland", "new_password", "looking-glass"));
            assertRedirect(303, "/settings", changed);

            Response me = laptop.get("api/me");
            assertEquals("{\"id\":\"alice\",\"name\":\"Alice\",\"fresh\":true,\"remembered\":false,\"source\":\"session\"}",
                    me.body(), me::toString);
            assertStatus(200, laptop.get("settings"));
            assertLoggedInAs("alice", copyOfCookie(laptop));
            assertAnonymous(phone);
            assertAnonymous(phoneCopy);
            assertAnonymous(sessionOnly);
            assertEquals(1, devices(laptop).size());

            assertStatus(401, login(newBrowser(), "alice", "wonderland"));
            assertStatus(303, login(newBrowser(), "alice", "looking-glass"));
        } finally {
            assertRedirect(303, "/settings",
                    laptop.post("settings/password", Map.of("password", "looking-glass", "new_password", "wonderland")));
        }
        assertStatus(303, login(newBrowser(), "alice", "wonderland"));
    }

    @Test
    void aWrongPasswordIs401AndChangesNothing() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        Response refused = laptop.post("settings/password", Map.of("password", "wrong", "new_password", "stolen"));
        assertStatus(401, refused);
        assertBodyContains("Invalid password", refused);

        assertLoggedInAs("alice", laptop);
        assertLoggedInAs("alice", phone);
        assertLoggedInAs("alice", copyOfCookie(phone));
        assertStatus(401, login(newBrowser(), "alice", "stolen"));
        assertStatus(303, login(newBrowser(), "alice", "wonderland"));
    }

    @Test
    void aPasswordChangeNeedsAFreshLoginAndAnonymousIsSentToLogin() {
        HttpBrowser remembered = copyOfCookie(laptop);
        Response notFresh = remembered.post("settings/password", Map.of("password", "wonderland", "new_password", "stolen"));
        assertStatus(302, notFresh);
        assertTrue(notFresh.header("Location").startsWith("/reauth?next="), notFresh::toString);
        Response anonymous = newBrowser().post("settings/password", Map.of("password", "wonderland", "new_password", "stolen"));
        assertStatus(302, anonymous);
        assertTrue(anonymous.header("Location").startsWith("/login?next="), anonymous::toString);

        assertStatus(401, login(newBrowser(), "alice", "stolen"));
        assertLoggedInAs("alice", laptop);
        assertLoggedInAs("alice", remembered);
    }

    // --- cross-site requests ---

    @Test
    void crossSitePasswordChangesAndDeviceRevocationsAre403AndChangeNothing() {
        HttpBrowser phone = rememberedBrowser("alice", "wonderland", CHROME_ON_ANDROID);
        String phonesId = devices(phone).get(0).id();
        for (String[] headers : CrossSiteRequestsIT.FROM_ANOTHER_SITE) {
            CrossSiteRequestsIT.assertRefusedUnchanged(laptop.post("settings/password",
                    Map.of("password", "wonderland", "new_password", "stolen"), headers));
            CrossSiteRequestsIT.assertRefusedUnchanged(laptop.post("api/devices/" + phonesId + "/revoke", Map.of(), headers));
            CrossSiteRequestsIT.assertRefusedUnchanged(laptop.post("settings/devices", Map.of("device", phonesId), headers));
            CrossSiteRequestsIT.assertRefusedUnchanged(laptop.post("settings/devices", Map.of("others", "on"), headers));
        }
        assertLoggedInAs("alice", phone);
        assertLoggedInAs("alice", copyOfCookie(phone));
        assertEquals(2, devices(laptop).size());
        assertStatus(401, login(newBrowser(), "alice", "stolen"));
        assertStatus(303, login(newBrowser(), "alice", "wonderland"));

        String[] own = {"Sec-Fetch-Site", "same-origin", "Origin", CrossSiteRequestsIT.ownOrigin()};
        assertStatus(204, laptop.post("api/devices/" + phonesId + "/revoke", Map.of(), own));
        assertAnonymous(phone);
    }
}

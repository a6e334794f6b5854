package io.github.cdilogin.it.guards.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads, over HTTP, how often each piece of guarded code of a test application ran, and asserts that a
 * request ran none of it, or (the positive control) all of it once.
 */
final class GuardedCode {

    private final URI base;
    private final String probe;

    /**
     * @param base the application's root
     * @param probe the path of its public probe resource, such as {@code api/probe}
     */
    GuardedCode(URI base, String probe) {
        this.base = base;
        this.probe = probe;
    }

    HttpBrowser anonymous() {
        return new HttpBrowser(base);
    }

    HttpBrowser loggedIn() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        Response login = browser.post("login", Map.of("username", "alice"));
        assertEquals(200, login.status(), login.toString());
        return browser;
    }

    Map<String, Integer> counts(String... names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : names) {
            Response count = anonymous().get(probe + "/ran/" + name);
            assertEquals(200, count.status(), count.toString());
            counts.put(name, Integer.parseInt(count.body().trim()));
        }
        return counts;
    }

    String refusals() {
        return anonymous().get(probe + "/refusals").body();
    }

    /** Sends the request anonymously; asserts its status and that none of {@code names} ran. */
    Response assertRunsNothing(int status, String method, String path, String... names) {
        Map<String, Integer> before = counts(names);
        Response response = anonymous().send(method, path, null);
        assertEquals(status, response.status(), response.toString());
        assertEquals(before, counts(names), "guarded code ran for " + response);
        return response;
    }

    /** The positive control: a logged-in request gets 200 and runs each of {@code names} once. */
    Response assertRunsWhenLoggedIn(String method, String path, String... names) {
        HttpBrowser browser = loggedIn();
        Map<String, Integer> expected = new LinkedHashMap<>(counts(names));
        expected.replaceAll((name, count) -> count + 1);
        Response response = browser.send(method, path, null);
        assertEquals(200, response.status(), response.toString());
        assertEquals(expected, counts(names), "not everything ran for " + response);
        return response;
    }
}

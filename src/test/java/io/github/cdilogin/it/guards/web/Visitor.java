package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cdilogin.it.guards.web.RawHttp.Reply;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.Loopback;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the servlet-side guard tests do to the test application: send requests as they are written
 * (anonymous, or with alice's session), and read the counters that say whether guarded code ran.
 */
final class Visitor {

    private final URI base;
    private final RawHttp http;
    private final String sessionCookie;

    private Visitor(URI base, String sessionCookie) {
        this.base = base;
        this.http = new RawHttp(base);
        this.sessionCookie = sessionCookie;
    }

    /** @return an anonymous visitor of the deployment, once it answers */
    static Visitor anonymous(URL deployed) {
        Visitor visitor = new Visitor(Loopback.base(deployed), null);
        Reply probe = visitor.http.get(visitor.path("hits?name=probe"));
        assertEquals(200, probe.status(), "the test application did not deploy; see the server log\n" + probe);
        return visitor;
    }

    /** @return a visitor with alice logged in */
    Visitor loggedIn() {
        HttpBrowser browser = new HttpBrowser(base);
        browser.get("login");
        HttpBrowser.Response login = browser.post("login", Map.of("username", "alice"));
        assertEquals(200, login.status(), login.toString());
        String cookies = browser.cookies().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return new Visitor(base, cookies);
    }

    /** @return {@code /<context>/<relative>}, the raw request target */
    String path(String relative) {
        return http.contextPath() + "/" + relative;
    }

    String contextPath() {
        return http.contextPath();
    }

    /** Sends {@code method} to {@code /<context>/<relative>}, both exactly as written. */
    Reply send(String method, String relative, String body, String... headers) {
        return sendRaw(method, path(relative), body, headers);
    }

    /** Sends {@code method} to the raw target {@code target}, both exactly as written. */
    Reply sendRaw(String method, String target, String body, String... headers) {
        String[] all = headers;
        if (sessionCookie != null) {
            all = new String[headers.length + 2];
            System.arraycopy(headers, 0, all, 0, headers.length);
            all[headers.length] = "Cookie";
            all[headers.length + 1] = sessionCookie;
        }
        if (body != null) {
            String[] withType = new String[all.length + 2];
            System.arraycopy(all, 0, withType, 0, all.length);
            withType[all.length] = "Content-Type";
            withType[all.length + 1] = "application/x-www-form-urlencoded";
            all = withType;
        }
        return http.send(method, target, body, all);
    }

    Reply get(String relative, String... headers) {
        return send("GET", relative, null, headers);
    }

    /** @return how often the code counted under {@code name} ran so far */
    int hits(String name) {
        Reply reply = http.get(path("hits?name=" + name));
        assertEquals(200, reply.status(), reply.toString());
        return Integer.parseInt(reply.body().trim());
    }

    /**
     * Sends a request and asserts that the code counted under {@code counter} did not run for it and
     * that its content is not in the answer.
     *
     * @return the answer, for further assertions
     */
    Reply assertDidNotRun(String counter, String content, Supplier<Reply> request) {
        int before = hits(counter);
        Reply reply = request.get();
        assertEquals(before, hits(counter), "the guarded code '" + counter + "' ran for " + reply);
        assertFalse(reply.body().contains(content), "the guarded content is in the answer: " + reply);
        return reply;
    }

    /** Sends a request and asserts that the code counted under {@code counter} ran once for it. */
    Reply assertRanOnce(String counter, Supplier<Reply> request) {
        int before = hits(counter);
        Reply reply = request.get();
        assertEquals(before + 1, hits(counter), "the code '" + counter + "' did not run once for " + reply);
        return reply;
    }
}

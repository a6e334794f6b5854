package io.github.cdilogin.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests that keeps cookies the way a browser does, follows no redirect and
 * shows every response it got in assertion messages. Cookies are plain name/value pairs, so a test can
 * keep an old session cookie and replay it. The library's container tests and the quickstart's use
 * this one client. It speaks HTTP/1.1, as browsers and curl do here: one oversized header must not
 * poison a shared HTTP/2 connection.
 *
 * <pre>{@code
 * HttpBrowser browser = new HttpBrowser(URI.create("http://127.0.0.1:8080/"));
 * HttpBrowser.Response login = browser.post("login", Map.of("username", "alice", "password", "wonderland"));
 * assertEquals(303, login.status(), login::toString);   // the message shows the whole response
 * String oldSession = browser.cookie("JSESSIONID");
 * browser.get("logout");
 * browser.withCookie("JSESSIONID", oldSession).get("profile");   // replays the old session
 * }</pre>
 */
public final class HttpBrowser {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1 as browsers and curl use it here: one oversized header must not poison a shared HTTP/2 connection.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** @param base the application's root on 127.0.0.1, ending with a slash */
    public HttpBrowser(URI base) {
        this.base = base;
    }

    /** @return the cookies it keeps, by name, in the order they were set; a test may change them */
    public Map<String, String> cookies() {
        return cookies;
    }

    /**
     * @param name a cookie's name
     * @return its value, or {@code null} when it keeps no such cookie
     */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /**
     * @param name a cookie's name
     * @param value its value from now on, or {@code null} to drop it
     * @return this browser
     */
    public HttpBrowser withCookie(String name, String value) {
        if (value == null) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
        return this;
    }

    /**
     * @param path relative to the base, such as {@code "api/me?x=1"}
     * @param headers further headers as name, value, name, value...
     * @return the response; its cookies are kept
     */
    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /**
     * @param path relative to the base
     * @param form the form's fields, sent URL-encoded
     * @param headers further headers as name, value, name, value...
     * @return the response; its cookies are kept
     */
    public Response post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, body, all);
    }

    /**
     * @param method the HTTP method
     * @param path relative to the base
     * @param body the body, or {@code null} for none
     * @param headers further headers as name, value, name, value...
     * @return the response; its cookies are kept
     * @throws IllegalStateException when the request could not be sent
     */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Response result = new Response(method + " " + path, response);
            result.setCookies().forEach((name, value) -> withCookie(name, value.isEmpty() ? null : value));
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /**
     * One response, with a description that assertion messages print.
     *
     * @param request the method and path that were sent
     * @param raw the response as the JDK's client gave it
     */
    public record Response(String request, HttpResponse<String> raw) {

        /** @return the status code */
        public int status() {
            return raw.statusCode();
        }

        /** @return the body */
        public String body() {
            return raw.body();
        }

        /**
         * @param name a header's name
         * @return its first value, or {@code null}
         */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** @return every {@code Set-Cookie} header */
        public List<String> setCookieHeaders() {
            return raw.headers().allValues("Set-Cookie");
        }

        /**
         * @param name a cookie's name
         * @return the whole Set-Cookie header for {@code name}, or {@code null}
         */
        public String setCookieHeader(String name) {
            return setCookieHeaders().stream().filter(h -> h.startsWith(name + "=")).findFirst().orElse(null);
        }

        /** @return the cookies this response set, an empty value for a deleted one */
        public Map<String, String> setCookies() {
            Map<String, String> set = new LinkedHashMap<>();
            for (String header : setCookieHeaders()) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    boolean expired = header.toLowerCase().contains("max-age=0");
                    set.put(pair.substring(0, eq).trim(), expired ? "" : pair.substring(eq + 1).trim());
                }
            }
            return set;
        }

        @Override
        public String toString() {
            return request + " -> " + raw.statusCode() + " " + raw.headers().map() + "\n" + raw.body();
        }
    }
}

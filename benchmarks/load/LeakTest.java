import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The no-leak load test (issue 6): CLIENTS concurrent clients, as six users (u1..u6), each logged in
 * one of three ways (session cookie, remember cookie only, bearer token), call /api/me for SECONDS
 * seconds. Every answer must be 200 and name the client's own user: any other answer (another
 * user, an error, a 5xx) is a failure. A remember client sends only its remember cookie and takes the
 * rotated one from each answer, so each of its requests is a restore. HTTP/1.1, 127.0.0.1 only.
 *
 *   java LeakTest.java http://127.0.0.1:18091 [clients=64] [seconds=20]
 */
public class LeakTest {

    enum Mode { SESSION, REMEMBER, BEARER }

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final AtomicLong passed = new AtomicLong();
    static final AtomicLong failed = new AtomicLong();
    static final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            String user = "u" + (i % 6 + 1);
            Mode mode = Mode.values()[(i / 6) % 3];
            Thread thread = new Thread(() -> {
                try {
                    new Client(base, user, mode).run(start, deadline);
                } catch (Exception e) {
                    fail(user + " (" + mode + "): " + e);
                } finally {
                    finished.countDown();
                }
            }, "client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        start.countDown();
        if (!finished.await(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS)) {
            fail("clients still running " + (seconds + 60) + " s after the start");
        }
        failures.stream().limit(20).forEach(f -> System.out.println("FAILED " + f));
        System.out.printf("%d clients as 6 users (session, remember cookie, bearer), %d s%n", clients, seconds);
        System.out.printf("load: %d passed, %d failed%n", passed.get(), failed.get());
        System.exit(failed.get() == 0 && passed.get() > 0 ? 0 : 1);
    }

    static void fail(String what) {
        failed.incrementAndGet();
        if (failures.size() < 100) {
            failures.add(what);
        }
    }

    static final class Client {
        final String base;
        final String user;
        final Mode mode;
        final String expected;
        String cookie;

        Client(String base, String user, Mode mode) throws Exception {
            this.base = base;
            this.user = user;
            this.mode = mode;
            this.expected = "{\"id\":\"" + user + "\"}";
            if (mode != Mode.BEARER) {
                HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login?user=" + user
                        + (mode == Mode.REMEMBER ? "&remember=1" : ""))));
                cookie = cookie(login, mode == Mode.SESSION ? "JSESSIONID" : "remember_token")
                        .orElseThrow(() -> new IllegalStateException("login of " + user + " set no cookie: " + login.headers()));
            }
        }

        void run(CountDownLatch start, long deadline) throws Exception {
            start.await();
            for (int n = 0; n < 1_000_000 && System.nanoTime() < deadline; n++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/me")).timeout(Duration.ofSeconds(10));
                switch (mode) {
                    case SESSION, REMEMBER -> request.header("Cookie", cookie);
                    case BEARER -> request.header("Authorization", "Bearer token-" + user);
                }
                HttpResponse<String> response = send(request);
                if (response.statusCode() == 200 && expected.equals(response.body())) {
                    passed.incrementAndGet();
                } else {
                    fail(user + " (" + mode + ") got " + response.statusCode() + " " + response.body());
                }
                if (mode == Mode.REMEMBER) {
                    // Only the rotated remember cookie, never the new session: the next request is a restore again.
                    Optional<String> rotated = cookie(response, "remember_token");
                    if (rotated.isEmpty()) {
                        fail(user + " (REMEMBER) got no rotated remember cookie; the client stops");
                        return;
                    }
                    cookie = rotated.get();
                }
            }
        }

        static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        static Optional<String> cookie(HttpResponse<?> response, String name) {
            List<String> headers = response.headers().allValues("Set-Cookie");
            return headers.stream().filter(h -> h.startsWith(name + "=") && !h.startsWith(name + "=;"))
                    .map(h -> h.substring(0, h.indexOf(';') < 0 ? h.length() : h.indexOf(';')))
                    .reduce((first, last) -> last);
        }
    }
}

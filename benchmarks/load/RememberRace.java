import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a login library does with one persistent remember-me cookie value sent by parallel requests, and with
 * a spent value sent again (issue 15; spring-security #2648). Against one server:
 *
 * <pre>java RememberRace.java NAME BASE_URL [PARALLEL] [GRACE_SECONDS]</pre>
 *
 * BASE_URL serves {@code /login?user=u3&remember=1} (a login with a remember-me cookie {@code remember_token})
 * and {@code /api/me} (200 with the user, else refused). Two devices of user u3 log in with remember me; device
 * 1's value goes out PARALLEL times at once (each request alone, no session); then the newest value the server
 * handed out in those answers; then device 1's spent value again after GRACE_SECONDS (a copied cookie); then
 * device 2's value, which tells whether the user's other series survived. A 200 means logged in. Prints one
 * line; exits 0 (it records behaviour, it does not judge it).
 */
public class RememberRace {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String rotated) {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String base = args[1];
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int grace = args.length > 3 ? Integer.parseInt(args[3]) : 11;
        String device1 = login(base);
        String device2 = login(base);
        String newest = device1;

        List<Answer> race = race(base, device1, parallel);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Answer a : race) {
            statuses.merge(a.status(), 1, Integer::sum);
            if (a.rotated() != null && !a.rotated().isEmpty()) {
                newest = a.rotated();
            }
        }
        Answer newestValue = me(base, newest);
        Thread.sleep(grace * 1000L);
        Answer spentLater = me(base, device1);
        Answer otherDevice = me(base, device2);
        System.out.printf("remember race %s: %d parallel requests with one value %s; the newest value handed out: %d;"
                + " the spent value again after %d s: %d; the user's other device: %d (%s)%n", name, parallel, statuses,
                newestValue.status(), grace, spentLater.status(), otherDevice.status(),
                otherDevice.status() == 200 ? "its series kept" : "its series gone");
    }

    private static String login(String base) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login?user=u3&remember=1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String value = remember(login);
        if (login.statusCode() >= 300 || value == null) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return value;
    }

    private static List<Answer> race(String base, String value, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return me(base, value);
            }));
        }
        go.countDown();
        List<Answer> out = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            out.add(answer.get());
        }
        pool.shutdown();
        return out;
    }

    private static Answer me(String base, String value) throws Exception {
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Cookie", "remember_token=" + value).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(me.statusCode(), remember(me));
    }

    /** The remember_token value a response sets, empty when it deletes the cookie, null when it sets none. */
    private static String remember(HttpResponse<String> response) {
        String found = null;
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith("remember_token=")) {
                String value = header.substring("remember_token=".length()).split(";", 2)[0];
                boolean deleted = value.isEmpty() || header.toLowerCase().contains("max-age=0");
                found = deleted ? "" : value;
            }
        }
        return found;
    }
}

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault test of issue 13: CLIENTS concurrent clients (alice and bob, half of them logged in with
 * remember me) use the application while its remember store's PostgreSQL is stopped for OUTAGE seconds
 * in the middle of the run, then started again. Every request is classified by phase (before, during,
 * after the outage; "edge" when it overlapped a stop or a start) and checked:
 *
 * <ul>
 * <li>public and session requests never get a 5xx, and every 200 names the client's own user;</li>
 * <li>a restore from the remember cookie alone is a 200 for the right user before, a 401 during (the
 *     cookie kept, not deleted), and a 200 again after, starting with the cookie held before;</li>
 * <li>a logout during the outage is a 303, and its remember cookie is refused afterwards (at once, and
 *     once the kept revocation had time to reach the store, which then has no row for the series);</li>
 * <li>a login with remember me during the outage logs in without a remember cookie;</li>
 * <li>no response body holds a cookie value, SQL text or an exception.</li>
 * </ul>
 *
 * The stop, the start and the look-up of series rows are shell commands from the environment
 * ({@code FAULT_STOP}, {@code FAULT_START}, {@code FAULT_COUNT_SERIES}, which gets the series ids as
 * arguments and prints how many rows exist). Prints a table of outcomes per phase and the checks; writes
 * {@code fault: N passed, M failed} to VERDICT_FILE and exits 1 when a check failed. 127.0.0.1 only.
 *
 *   java FaultTest.java http://127.0.0.1:PORT VERDICT_FILE PAYARA_PID [clients=64] [before=20] [outage=10] [after=25]
 *        [think-ms=200] [payara.log]
 */
public class FaultTest {

    enum Phase { SETUP, BEFORE, DURING, AFTER, EDGE }

    enum Kind { LOGIN, LOGIN_REMEMBER, ME_SESSION, PUBLIC_SESSION, PUBLIC_ANONYMOUS, RESTORE, LOGOUT, KEPT_COOKIE }

    /** Text that must never reach a response body: SQL, the driver, the store's table, a stack trace. */
    static final List<String> LEAKS = List.of("SQLException", "PSQLException", "org.postgresql", "postgresql",
            "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CDI_LOGIN", "cdi_login_remember", "Exception", "\tat ",
            "jdbc", "JDBC");

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
    static final Pattern PUBLIC_USER = Pattern.compile("\"user\":(null|\"([^\"]*)\")");

    /** The outage's edges, in System.nanoTime(); Long.MAX_VALUE until they happen. */
    static volatile long stopBegin = Long.MAX_VALUE;
    static volatile long stopEnd = Long.MAX_VALUE;
    static volatile long startBegin = Long.MAX_VALUE;
    static volatile long startEnd = Long.MAX_VALUE;
    static volatile long loadStart = Long.MAX_VALUE;
    /** A client's pause between two rounds of requests, as a person's between two clicks. */
    static int thinkMillis;
    static Path serverLog;
    static final Map<String, AtomicLong> SLOWEST = new ConcurrentHashMap<>();

    static final Map<Phase, Map<Kind, Map<String, LongAdder>>> OUTCOMES = new ConcurrentHashMap<>();
    static final Map<String, Check> CHECKS = new LinkedHashMap<>();

    /** One asserted property: how many observations held, how many did not, a few examples of the latter. */
    static final class Check {
        final String name;
        final AtomicLong held = new AtomicLong();
        final AtomicLong broken = new AtomicLong();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

        Check(String name) {
            this.name = name;
        }

        void expect(boolean holds, String what) {
            if (holds) {
                held.incrementAndGet();
            } else {
                broken.incrementAndGet();
                if (examples.size() < 5) {
                    examples.add(what);
                }
            }
        }

        /** A check nothing exercised proves nothing: it fails. */
        boolean passed() {
            return broken.get() == 0 && held.get() > 0;
        }
    }

    static Check check(String name) {
        return CHECKS.computeIfAbsent(name, Check::new);
    }

    // Declared in the order they are printed.
    static final Check NO_5XX_PUBLIC = check("no 5xx on /api/public (anonymous and by session), any phase");
    static final Check NO_5XX_SESSION = check("no 5xx on /api/me by session, any phase");
    static final Check SESSION_RIGHT_USER = check("/api/me by session: 200 for the client's own user, any phase");
    static final Check PUBLIC_RIGHT_USER = check("/api/public: 200 naming the session's user (null without one), any phase");
    static final Check NEVER_WRONG_USER = check("no answer names another user, any request");
    static final Check NEVER_500 = check("no 5xx on any request (logins, logouts, restores included)");
    static final Check RESTORE_BEFORE = check("restore by remember cookie alone, before: 200, right user");
    static final Check RESTORE_DURING = check("restore during the outage: 401 (anonymous), cookie not deleted");
    static final Check RESTORE_FIRST_AFTER = check("first restore after the outage, with the cookie held before it: 200, right user");
    static final Check RESTORE_AFTER = check("every restore after the outage: 200, right user (connections recovered)");
    static final Check LOGOUT_BEFORE_HOLDS = check("logout before the outage: its remember cookie is refused (401)");
    static final Check LOGOUT_DURING = check("logout during the outage: 303");
    static final Check LOGOUT_DURING_AT_ONCE = check("logout during the outage: its cookie refused right after the outage (401)");
    static final Check LOGOUT_DURING_LATER = check("logout during the outage: its cookie refused 10 s after recovery (401)");
    static final Check LOGOUT_DURING_STORED = check("logout during the outage: its series is gone from PostgreSQL 10 s after recovery");
    static final Check LOGIN_DURING = check("login with remember me during the outage: 303, logged in, no remember cookie");
    static final Check LOGIN_AFTER = check("login with remember me after the outage: a remember cookie that restores");
    static final Check NO_COOKIE_IN_BODY = check("no cookie value in any response body");
    static final Check NO_SQL_IN_BODY = check("no SQL text, driver name or exception in any response body");
    static final Check QUIET_LOG = check("the library logged each outage once at WARNING (and its end at INFO), nothing else above INFO");
    static final Check STORED = check("the remember series of the logins are rows in PostgreSQL (the store is jdbc)");
    static final Check SERVER_KEPT = check("the same server process served the whole run (no restart)");

    static final ConcurrentLinkedQueue<String> keptAfterLogoutDuring = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!"127.0.0.1".equals(URI.create(base).getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Path verdictFile = Path.of(args[1]);
        long payaraPid = Long.parseLong(args[2]);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int before = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int outage = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        int after = args.length > 6 ? Integer.parseInt(args[6]) : 25;
        thinkMillis = args.length > 7 ? Integer.parseInt(args[7]) : 200;
        serverLog = args.length > 8 ? Path.of(args[8]) : null;
        Optional<java.time.Instant> payaraStarted = ProcessHandle.of(payaraPid).flatMap(p -> p.info().startInstant());

        // 1. Every client logs in (PBKDF2 with 600,000 iterations: a few at a time, as people do).
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            all.add(new Client(base, i));
        }
        long setupStart = System.nanoTime();
        runAll(all, Client::setUp, 300);
        System.out.printf("%d clients logged in in %d s%n", clients, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - setupStart));

        List<String> issued = all.stream().filter(c -> c.remember != null).map(c -> series(c.remember)).toList();
        String rows = issued.isEmpty() ? "0" : shell("FAULT_COUNT_SERIES", issued.toArray(String[]::new)).trim();
        STORED.expect(!issued.isEmpty() && rows.equals(Integer.toString(issued.size())),
                rows + " rows for the " + issued.size() + " series of the logins");

        // 2. The load, with the outage in the middle, run from here.
        loadStart = System.nanoTime();
        long end = loadStart + TimeUnit.SECONDS.toNanos(before + outage + after);
        Thread fault = new Thread(() -> {
            try {
                sleepUntil(loadStart + TimeUnit.SECONDS.toNanos(before));
                stopBegin = System.nanoTime();
                shell("FAULT_STOP");
                stopEnd = System.nanoTime();
                sleepUntil(stopEnd + TimeUnit.SECONDS.toNanos(outage));
                startBegin = System.nanoTime();
                shell("FAULT_START");
                startEnd = System.nanoTime();
                System.out.printf("PostgreSQL stopped at %.1f s (%.1f s to stop), started at %.1f s (%.1f s to start)%n",
                        seconds(stopBegin), (stopEnd - stopBegin) / 1e9, seconds(startBegin), (startEnd - startBegin) / 1e9);
            } catch (Exception e) {
                System.out.println("the fault could not be made: " + e);
                SERVER_KEPT.expect(false, "fault: " + e);
            }
        }, "fault");
        fault.start();
        runAll(all, c -> c.load(end), before + outage + after + 120);
        fault.join();

        // 3. Kept revocations reached the store: no row for the series logged out during the outage.
        List<String> series = new ArrayList<>(keptAfterLogoutDuring);
        if (!series.isEmpty()) {
            String count = shell("FAULT_COUNT_SERIES", series.toArray(String[]::new)).trim();
            LOGOUT_DURING_STORED.expect("0".equals(count), count + " of " + series.size() + " series still in the table");
        }
        HttpResponse<String> last = send(HttpRequest.newBuilder(URI.create(base + "/api/public")), null);
        SERVER_KEPT.expect(last.statusCode() == 200 && ProcessHandle.of(payaraPid).map(ProcessHandle::isAlive).orElse(false)
                        && payaraStarted.isPresent()
                        && payaraStarted.equals(ProcessHandle.of(payaraPid).flatMap(p -> p.info().startInstant())),
                "the server process " + payaraPid + " is gone or answers " + last.statusCode());

        if (serverLog != null) {
            checkLog();
        }
        printOutcomes();
        long passed = CHECKS.values().stream().filter(Check::passed).count();
        long failed = CHECKS.size() - passed;
        System.out.println();
        for (Check c : CHECKS.values()) {
            System.out.printf("%-6s %s (%d held, %d broken)%n", c.passed() ? "ok" : "FAILED", c.name, c.held.get(), c.broken.get());
            c.examples.forEach(e -> System.out.println("         e.g. " + e));
        }
        Files.writeString(verdictFile, "fault: " + passed + " passed, " + failed + " failed\n", StandardCharsets.UTF_8);
        System.exit(failed == 0 ? 0 : 1);
    }

    interface ClientTask {
        void run(Client client) throws Exception;
    }

    static void runAll(List<Client> clients, ClientTask task, int timeoutSeconds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients.size());
        for (Client client : clients) {
            Thread thread = new Thread(() -> {
                try {
                    task.run(client);
                } catch (Exception e) {
                    NEVER_500.expect(false, client + ": " + e);
                } finally {
                    done.countDown();
                }
            }, "client-" + client.index);
            thread.setDaemon(true);
            thread.start();
        }
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            NEVER_500.expect(false, "clients still running after " + timeoutSeconds + " s");
        }
    }

    static Phase phase(long start, long end) {
        if (start < loadStart) {
            return Phase.SETUP;
        }
        if (end < stopBegin) {
            return Phase.BEFORE;
        }
        if (start > stopEnd && end < startBegin) {
            return Phase.DURING;
        }
        if (start > startEnd) {
            return Phase.AFTER;
        }
        return Phase.EDGE;
    }

    /** What one client does: a user, logged in with or without remember me, in one of four roles. */
    static final class Client {

        enum Role {
            /** No remember me: /api/me and /api/public by session, /api/public anonymous. */
            SESSION,
            /** Remember me: the same by session, plus a restore from the remember cookie alone in each round. */
            RESTORER,
            /** Remember me: logs out once during the outage, keeps the remember cookie and tries it afterwards. */
            LOGOUT_DURING,
            /** Remember me: logs out (and in again) before, during and after the outage. */
            CYCLE
        }

        final String base;
        final int index;
        final String user;
        final String password;
        final Role role;
        /** The login's cookies by name (JSESSIONID, JSESSIONIDVERSION, remember_token). */
        final Map<String, String> jar = new TreeMap<>();
        /** Every cookie value this client ever held, none of which may appear in a body. */
        final java.util.ArrayDeque<String> secrets = new java.util.ArrayDeque<>();
        /** The remember cookie for restores (rotated by each restore). */
        String remember;
        boolean restoredAfter;
        boolean loggedOutBefore;
        boolean loggedOutDuring;
        String keptDuring;
        boolean checkedAtOnce;
        boolean checkedLater;
        boolean loggedInAfter;

        Client(String base, int index) {
            this.base = base;
            this.index = index;
            this.user = index % 2 == 0 ? "alice" : "bob";
            this.password = index % 2 == 0 ? "wonderland" : "builder";
            this.role = switch (index % 8) {
                case 0, 1, 2, 3 -> Role.SESSION;
                case 4, 5 -> Role.RESTORER;
                case 6 -> Role.LOGOUT_DURING;
                default -> Role.CYCLE;
            };
        }

        @Override
        public String toString() {
            return "client " + index + " (" + user + ", " + role + ")";
        }

        void setUp() throws Exception {
            HttpResponse<String> login = login(role != Role.SESSION);
            if (login.statusCode() != 303 || !jar.containsKey("JSESSIONID") || (role != Role.SESSION && remember == null)) {
                throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
            }
        }

        void load(long end) throws Exception {
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                boolean during = past(now, stopEnd, 1) && startBegin == Long.MAX_VALUE;
                boolean after = past(now, startEnd, 0);
                if (!jar.isEmpty()) {
                    meBySession();
                }
                publicRequest(true);
                publicRequest(false);
                if (remember != null && (role == Role.RESTORER || role == Role.CYCLE)) {
                    restore();
                }
                switch (role) {
                    case LOGOUT_DURING -> {
                        if (during && !loggedOutDuring) {
                            loggedOutDuring = true;
                            logoutDuring();
                        }
                        tryKept(now);
                    }
                    case CYCLE -> {
                        if (!loggedOutBefore && past(now, loadStart, 3) && now < stopBegin) {
                            loggedOutBefore = true;
                            String kept = remember;
                            logout();
                            HttpResponse<String> refused = restoreWith(kept, Kind.KEPT_COOKIE);
                            LOGOUT_BEFORE_HOLDS.expect(refused.statusCode() == 401, this + ": kept cookie got " + refused.statusCode());
                            login(true);
                        } else if (during && !loggedOutDuring) {
                            loggedOutDuring = true;
                            logoutDuring();
                            // A login with remember me while the store is down: logged in, without the cookie.
                            long start = System.nanoTime();
                            HttpResponse<String> login = login(true);
                            Phase phase = phase(start, System.nanoTime());
                            boolean session = login.statusCode() == 303 && meBySession() == 200;
                            if (phase == Phase.DURING) {
                                LOGIN_DURING.expect(session && remember == null && !setsCookie(login, "remember_token"),
                                        this + ": login during the outage gave " + login.statusCode() + ", remember cookie "
                                                + (remember != null));
                            } else {
                                System.out.printf("%s: its login took %.1f s, past the outage's end: not counted%n",
                                        this, (System.nanoTime() - start) / 1e9);
                            }
                        } else if (after && !loggedInAfter && past(now, startEnd, 14)) {
                            loggedInAfter = true;
                            logout();
                            login(true);
                            boolean restores = remember != null && restore() == 200;
                            LOGIN_AFTER.expect(restores, this + ": login after the outage gave no remember cookie that restores");
                        }
                        tryKept(now);
                    }
                    default -> {
                    }
                }
                Thread.sleep(thinkMillis);
            }
        }

        /** Logs out while the store is down, keeping the remember cookie to try it once the store is back. */
        void logoutDuring() throws Exception {
            keptDuring = remember;
            long start = System.nanoTime();
            int status = logout().statusCode();
            if (phase(start, System.nanoTime()) == Phase.DURING) {
                LOGOUT_DURING.expect(status == 303, this + ": logout during the outage got " + status);
            } else {
                keptDuring = null; // not a logout during the outage after all: nothing to try later
                System.out.printf("%s: its logout overlapped the outage's end: not counted%n", this);
            }
        }

        /** The remember cookie kept from a logout during the outage, once at once and once 10 s after recovery. */
        void tryKept(long now) throws Exception {
            if (keptDuring == null || now <= startEnd) {
                return;
            }
            if (!checkedAtOnce) {
                checkedAtOnce = true;
                int status = restoreWith(keptDuring, Kind.KEPT_COOKIE).statusCode();
                LOGOUT_DURING_AT_ONCE.expect(status == 401, this + ": kept cookie got " + status + " right after the outage");
            } else if (!checkedLater && past(now, startEnd, 10)) {
                checkedLater = true;
                int status = restoreWith(keptDuring, Kind.KEPT_COOKIE).statusCode();
                LOGOUT_DURING_LATER.expect(status == 401, this + ": kept cookie got " + status + " 10 s after the outage");
                keptAfterLogoutDuring.add(series(keptDuring));
            }
        }

        /** The last cookie values this client held (bounded: a restorer rotates thousands). */
        void secret(String value) {
            secrets.addFirst(value);
            if (secrets.size() > 16) {
                secrets.removeLast();
            }
        }

        HttpResponse<String> login(boolean rememberMe) throws Exception {
            jar.clear();
            remember = null;
            String form = "username=" + user + "&password=" + password + (rememberMe ? "&remember=on" : "");
            HttpResponse<String> response = send(Kind.valueOf(rememberMe ? "LOGIN_REMEMBER" : "LOGIN"),
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)), jarHeader());
            keep(response);
            remember = jar.remove("remember_token");
            if (remember != null) {
                secret(remember);
            }
            return response;
        }

        HttpResponse<String> logout() throws Exception {
            Map<String, String> cookies = new TreeMap<>(jar);
            if (remember != null) {
                cookies.put("remember_token", remember);
            }
            HttpResponse<String> response = send(Kind.LOGOUT,
                    HttpRequest.newBuilder(URI.create(base + "/logout")).POST(HttpRequest.BodyPublishers.noBody()),
                    header(cookies));
            jar.clear();
            remember = null;
            return response;
        }

        int meBySession() throws Exception {
            HttpResponse<String> response = send(Kind.ME_SESSION, HttpRequest.newBuilder(URI.create(base + "/api/me")), jarHeader());
            keep(response);
            int status = response.statusCode();
            NO_5XX_SESSION.expect(status < 500, this + ": /api/me by session got " + status);
            SESSION_RIGHT_USER.expect(status == 200 && user.equals(id(response.body())),
                    this + ": /api/me by session got " + status + " " + response.body());
            return status;
        }

        void publicRequest(boolean withSession) throws Exception {
            HttpResponse<String> response = send(withSession ? Kind.PUBLIC_SESSION : Kind.PUBLIC_ANONYMOUS,
                    HttpRequest.newBuilder(URI.create(base + "/api/public")), withSession ? jarHeader() : null);
            int status = response.statusCode();
            NO_5XX_PUBLIC.expect(status < 500, this + ": /api/public got " + status);
            Matcher m = PUBLIC_USER.matcher(response.body());
            String named = m.find() ? m.group(2) : "(no user field)";
            boolean loggedIn = withSession && !jar.isEmpty();
            PUBLIC_RIGHT_USER.expect(status == 200 && (loggedIn ? user.equals(named) : named == null),
                    this + ": /api/public (session " + loggedIn + ") got " + status + " " + response.body());
            NEVER_WRONG_USER.expect(status != 200 || named == null || user.equals(named),
                    this + ": /api/public named " + named);
        }

        /** A fresh client with this client's remember cookie only; takes the rotated value. */
        int restore() throws Exception {
            long start = System.nanoTime();
            String sent = remember;
            HttpResponse<String> response = restoreWith(sent, Kind.RESTORE);
            int status = response.statusCode();
            Phase phase = phase(start, System.nanoTime());
            boolean right = status == 200 && user.equals(id(response.body()));
            switch (phase) {
                case BEFORE -> RESTORE_BEFORE.expect(right, this + ": restore before got " + status + " " + response.body());
                case DURING -> RESTORE_DURING.expect(status == 401 && !setsCookie(response, "remember_token")
                                && !deletesCookie(response, "remember_token"),
                        this + ": restore during got " + status + " " + response.headers().allValues("Set-Cookie"));
                case AFTER -> {
                    RESTORE_AFTER.expect(right, this + ": restore after got " + status + " " + response.body());
                    if (!restoredAfter) {
                        restoredAfter = true;
                        RESTORE_FIRST_AFTER.expect(right, this + ": first restore after got " + status + " " + response.body());
                    }
                }
                default -> {
                }
            }
            Optional<String> rotated = value(response, "remember_token");
            if (rotated.isPresent()) {
                remember = rotated.get();
                secret(remember);
            } else if (deletesCookie(response, "remember_token")) {
                remember = null;
            }
            return status;
        }

        HttpResponse<String> restoreWith(String value, Kind kind) throws Exception {
            return send(kind, HttpRequest.newBuilder(URI.create(base + "/api/me")), "remember_token=" + value);
        }

        String jarHeader() {
            return header(jar);
        }

        static String header(Map<String, String> cookies) {
            if (cookies.isEmpty()) {
                return null;
            }
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
            return header.toString();
        }

        /** Takes the session's cookies from a response (never the remember cookie: that one is handled apart). */
        void keep(HttpResponse<String> response) {
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean deleted = value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (deleted) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                    secret(value);
                }
            }
        }

        HttpResponse<String> send(Kind kind, HttpRequest.Builder request, String cookies) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = FaultTest.send(request, cookies);
            } catch (IOException e) {
                record(phase(start, System.nanoTime()), kind, "error " + e.getClass().getSimpleName());
                NEVER_500.expect(false, this + ": " + kind + " failed: " + e);
                throw e;
            }
            int status = response.statusCode();
            long took = System.nanoTime() - start;
            Phase phase = phase(start, System.nanoTime());
            record(phase, kind, Integer.toString(status));
            SLOWEST.computeIfAbsent(phase + " " + kind, k -> new AtomicLong()).accumulateAndGet(took, Math::max);
            NEVER_500.expect(status < 500, this + ": " + kind + " got " + status);
            String body = response.body();
            String leaked = LEAKS.stream().filter(body::contains).findFirst().orElse(null);
            NO_SQL_IN_BODY.expect(leaked == null, this + ": " + kind + " body holds \"" + leaked + "\"");
            String cookie = secrets.stream().filter(s -> s.length() >= 8 && body.contains(s)).findFirst().orElse(null);
            if (cookies != null) {
                for (String pair : cookies.split("; ")) {
                    String value = pair.substring(pair.indexOf('=') + 1);
                    if (cookie == null && value.length() >= 8 && body.contains(value)) {
                        cookie = value;
                    }
                }
            }
            NO_COOKIE_IN_BODY.expect(cookie == null, this + ": " + kind + " body holds a cookie value");
            if (kind == Kind.ME_SESSION || kind == Kind.RESTORE || kind == Kind.KEPT_COOKIE) {
                String id = status == 200 ? id(body) : null;
                NEVER_WRONG_USER.expect(status != 200 || user.equals(id), this + ": " + kind + " named " + id);
            }
            return response;
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String cookies) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** The series of a remember cookie value {@code keyId.series:validator}. */
    static String series(String value) {
        String withoutKey = value.substring(value.indexOf('.') + 1);
        int colon = withoutKey.indexOf(':');
        return colon < 0 ? withoutKey : withoutKey.substring(0, colon);
    }

    static Optional<String> value(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "=") && !h.startsWith(name + "=;") && !h.toLowerCase(java.util.Locale.ROOT).contains("max-age=0"))
                .map(h -> h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';')))
                .reduce((first, last) -> last);
    }

    static boolean setsCookie(HttpResponse<?> response, String name) {
        return value(response, name).isPresent();
    }

    static boolean deletesCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .anyMatch(h -> h.startsWith(name + "=") && (h.startsWith(name + "=;") || h.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")));
    }

    static void record(Phase phase, Kind kind, String outcome) {
        OUTCOMES.computeIfAbsent(phase, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    static void printOutcomes() {
        System.out.println();
        System.out.println("Requests by outcome (HTTP status) per phase; edge = overlapped the stop or the start:");
        System.out.printf("%-8s %-18s %-28s %11s%n", "phase", "request", "outcomes (status: count)", "slowest");
        Map<Phase, Long> totals = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            Map<Kind, Map<String, LongAdder>> kinds = OUTCOMES.getOrDefault(phase, Map.of());
            for (Kind kind : Kind.values()) {
                Map<String, LongAdder> outcomes = kinds.get(kind);
                if (outcomes == null) {
                    continue;
                }
                StringBuilder line = new StringBuilder();
                new TreeMap<>(outcomes).forEach((outcome, n) -> line.append(outcome).append(": ").append(n.sum()).append("  "));
                long slowest = SLOWEST.getOrDefault(phase + " " + kind, new AtomicLong()).get();
                System.out.printf("%-8s %-18s %-28s %8d ms%n", phase.name().toLowerCase(java.util.Locale.ROOT),
                        kind.name().toLowerCase(java.util.Locale.ROOT), line.toString().trim(), TimeUnit.NANOSECONDS.toMillis(slowest));
                totals.merge(phase, outcomes.values().stream().mapToLong(LongAdder::sum).sum(), Long::sum);
            }
        }
        totals.forEach((phase, n) -> System.out.printf("%-8s %-18s %d%n", phase.name().toLowerCase(java.util.Locale.ROOT), "(all)", n));
    }

    /** The library's records in Payara's log above FINE: one WARNING when the store fails, one INFO when it is back. */
    static void checkLog() throws IOException {
        long outages = 0;
        long recoveries = 0;
        List<String> others = new ArrayList<>();
        for (String line : Files.readAllLines(serverLog, StandardCharsets.ISO_8859_1)) {
            if (!line.contains("io.github.cdilogin") || !line.startsWith("[")) {
                continue;
            }
            if (line.contains("the remember-token store failed (")) {
                outages++;
            } else if (line.contains("the remember-token store answers again")) {
                recoveries++;
            } else if (line.contains("WARNING") || line.contains("SEVERE")) {
                others.add(line.length() > 300 ? line.substring(0, 300) : line);
            }
        }
        System.out.printf("the library's log: %d outage WARNING, %d recovery INFO, %d other WARNING or SEVERE%n",
                outages, recoveries, others.size());
        QUIET_LOG.expect(outages >= 1 && outages == recoveries && others.isEmpty(),
                outages + " outage warnings, " + recoveries + " recoveries, others: " + others.stream().limit(3).toList());
    }

    static String shell(String variable, String... args) throws IOException, InterruptedException {
        String command = System.getenv(variable);
        if (command == null) {
            throw new IllegalStateException(variable + " is not set");
        }
        List<String> full = new ArrayList<>(List.of("bash", "-c", command, variable));
        full.addAll(List.of(args));
        Process process = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(variable + " failed: " + out);
        }
        return out;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** Whether {@code now} is more than {@code seconds} past {@code edge}; never when the edge has not come (MAX_VALUE). */
    static boolean past(long now, long edge, int seconds) {
        return edge != Long.MAX_VALUE && now - edge > TimeUnit.SECONDS.toNanos(seconds);
    }

    static double seconds(long nanoTime) {
        return (nanoTime - loadStart) / 1e9;
    }
}

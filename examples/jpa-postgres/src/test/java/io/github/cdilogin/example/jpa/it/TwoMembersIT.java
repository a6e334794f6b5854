package io.github.cdilogin.example.jpa.it;

import static io.github.cdilogin.example.jpa.it.support.Responses.assertAnonymous;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertRedirect;
import static io.github.cdilogin.example.jpa.it.support.Responses.assertStatus;
import static io.github.cdilogin.example.jpa.it.support.Responses.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import io.github.cdilogin.test.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro members of the example that share one PostgreSQL for their remember-me series
 * ({@code cdi-login.remember-store=jdbc}) and their sessions on the data grid: what issue 13 asks of a
 * real shared database. A revocation on one member is refused on the other at once, a logout on one
 * holds on the other, and one cookie sent to both members at the same time rotates its series once.
 *
 * <p>The members cluster on loopback only (TCP/IP discovery of the two listed members, a cluster name of
 * this run, no multicast), share one {@code cdi-login.secret}, and run the example's WAR made
 * {@code <distributable/>} here (the example as shipped runs alone, without paying for session
 * replication).
 */
class TwoMembersIT {

    private static final String COOKIE = "remember_token";

    private static PostgresServer postgres;
    private static PayaraMicroProcess a;
    private static PayaraMicroProcess b;

    @BeforeAll
    static void startTheDatabaseAndTwoMembers() throws Exception {
        Path war = Paths.get(System.getProperty("example.war", "target/cdi-login-example-jpa-postgres.war"));
        Path dir = Files.createDirectories(Paths.get("target", "two-members").toAbsolutePath());
        Path distributable = distributableCopy(war, dir.resolve("distributable.war"));
        postgres = PostgresServer.start();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        int portA = PayaraMicroProcess.freeLoopbackPort();
        int portB = PayaraMicroProcess.freeLoopbackPort();
        String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        String cluster = "cdi-login-pg-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> jvm = List.of("-Xmx512m", "-Dcdi-login.secret=" + Base64.getEncoder().encodeToString(secret));
        a = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), distributable, jvm, member(portA, members, cluster),
                postgres.environment());
        awaitReady(a, "A");
        b = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), distributable, jvm, member(portB, members, cluster),
                postgres.environment());
        awaitReady(b, "B");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(a.log().contains("DG Size: 2") && b.log().contains("DG Size: 2"))) { // Payara's "Data Grid Status"
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two members did not form one cluster:\nA:\n" + a.log() + "\nB:\n" + b.log());
            }
            Thread.sleep(200);
        }
    }

    private static List<String> member(int hzPort, String members, String cluster) {
        // --nohostaware: both members share 127.0.0.1, and host-aware partitioning keeps no backup on a
        // member of the same address, so the grid's data would die with its owner
        return List.of("--contextroot", "/", "--startport", Integer.toString(hzPort), "--clustermode", "tcpip:" + members,
                "--interfaces", "127.0.0.1", "--clustername", cluster, "--nohostaware");
    }

    private static void awaitReady(PayaraMicroProcess member, String name) {
        if (!member.awaitReady(Duration.ofSeconds(180))) {
            throw new AssertionError("member " + name + " did not start:\n" + PayaraLogs.problems(member.log()) + "\n"
                    + member.log());
        }
        Response home = new HttpBrowser(member.baseUri()).get("");
        if (home.status() != 200) {
            throw new AssertionError("member " + name + " did not deploy the example: " + home + "\n"
                    + PayaraLogs.problems(member.log()));
        }
    }

    /** The example's WAR with {@code <distributable/>} in its web.xml, so that its sessions live on the data grid. */
    private static Path distributableCopy(Path war, Path copy) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("WEB-INF/web.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String marked = xml.replaceFirst("(<web-app[^>]*>)", "$1\n  <distributable/>");
                    if (marked.equals(xml)) {
                        throw new IllegalStateException("no <web-app> element in the example's web.xml");
                    }
                    out.write(marked.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable running : new AutoCloseable[] {a, b, postgres}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + running + ": " + e);
            }
        }
        keepLog("member-a.log", a);
        keepLog("member-b.log", b);
    }

    private static void keepLog(String name, PayaraMicroProcess member) {
        if (member == null) {
            return;
        }
        try {
            Files.writeString(Paths.get("target", "two-members", name), member.log());
        } catch (IOException e) {
            System.err.println("cannot keep " + name + ": " + e);
        }
    }

    private static HttpBrowser on(PayaraMicroProcess member, Map<String, String> cookies) {
        HttpBrowser browser = new HttpBrowser(member.baseUri());
        cookies.forEach(browser::withCookie);
        return browser;
    }

    private static String seriesOf(String cookie) {
        return cookie.substring(cookie.indexOf('.') + 1, cookie.indexOf(':'));
    }

    private static int rows(String series) throws SQLException {
        try (Connection connection = postgres.connect();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM cdi_login_remember WHERE series = ?")) {
            query.setString(1, series);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void aLoginOnAIsSeenOnBAndItsSeriesIsOneRowOfTheSharedDatabase() throws SQLException {
        HttpBrowser onA = new HttpBrowser(a.baseUri());
        assertRedirect(303, "/", logIn(onA, "alice", "wonderland", true));
        String cookie = onA.cookie(COOKIE);
        assertNotNull(cookie, "remember me set no cookie");
        assertEquals(1, rows(seriesOf(cookie)));

        Response seenOnB = on(b, onA.cookies()).get("api/me");
        assertStatus(200, seenOnB);
        assertTrue(seenOnB.body().contains("\"id\":\"alice\"") && seenOnB.body().contains("\"source\":\"session\""),
                seenOnB::toString);
    }

    @Test
    void aRememberCookieRevokedOnAIsRefusedOnBAtOnce() throws SQLException {
        HttpBrowser onA = new HttpBrowser(a.baseUri());
        assertRedirect(303, "/", logIn(onA, "bob", "builder", true));
        String cookie = onA.cookie(COOKIE);
        assertNotNull(cookie, "remember me set no cookie");

        assertRedirect(303, "/", onA.post("logout", Map.of()));
        assertEquals(0, rows(seriesOf(cookie)), "the logout on A should have deleted the series from PostgreSQL");

        HttpBrowser copyOnB = on(b, Map.of(COOKIE, cookie));
        assertAnonymous(copyOnB);
    }

    @Test
    void aLogoutOnBHoldsOnA() {
        HttpBrowser onA = new HttpBrowser(a.baseUri());
        assertRedirect(303, "/", logIn(onA, "alice", "wonderland", true));
        Map<String, String> before = Map.copyOf(onA.cookies());
        assertStatus(200, on(a, before).get("api/me"));

        assertRedirect(303, "/", on(b, before).post("logout", Map.of()));

        // A keeps a copy of the session it served (Payara does); it must log nobody in (CVE-2023-20862).
        assertAnonymous(on(a, before));
        assertAnonymous(on(b, before));
    }

    @Test
    void oneCookieSentToBothMembersAtOnceRotatesItsSeriesOnce() throws Exception {
        HttpBrowser onA = new HttpBrowser(a.baseUri());
        assertRedirect(303, "/", logIn(onA, "alice", "wonderland", true));
        String cookie = onA.cookie(COOKIE);
        assertNotNull(cookie, "remember me set no cookie");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        for (PayaraMicroProcess member : new PayaraMicroProcess[] {a, b}) {
            HttpBrowser browser = on(member, Map.of(COOKIE, cookie));
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return browser.get("api/me");
            }));
        }
        start.countDown();
        List<String> newValues = new ArrayList<>();
        for (CompletableFuture<Response> future : sent) {
            Response me = future.get();
            assertStatus(200, me);
            assertTrue(me.body().contains("\"id\":\"alice\"") && me.body().contains("\"source\":\"cookie\""), me::toString);
            String next = me.setCookies().get(COOKIE);
            if (next != null && !next.isEmpty()) {
                newValues.add(next);
            }
        }
        assertEquals(1, newValues.size(), () -> "one of the two restores rotates the series, the other rides on it: " + newValues);
        assertEquals(1, rows(seriesOf(cookie)), "still one series");
        assertEquals(seriesOf(cookie), seriesOf(newValues.get(0)), "the rotation keeps the series");

        // The rotated value logs in on either member.
        Response withNewValue = on(b, Map.of(COOKIE, newValues.get(0))).get("api/me");
        assertStatus(200, withNewValue);
        assertTrue(withNewValue.body().contains("\"id\":\"alice\""), withNewValue::toString);
    }
}

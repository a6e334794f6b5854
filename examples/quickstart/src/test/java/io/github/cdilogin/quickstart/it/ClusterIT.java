package io.github.cdilogin.quickstart.it;

import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertAnonymous;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertRedirect;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.assertStatus;
import static io.github.cdilogin.quickstart.it.QuickstartContractIT.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.quickstart.it.support.OwnRememberTokenStore;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The contract's "Cluster" rows: two Payara Micro members of the quickstart, clustered on loopback only
 * (TCP/IP discovery of the two listed members, {@code --interfaces 127.0.0.1}, no multicast), as its
 * cluster mode starts them: sessions replicated on Hazelcast ({@code <distributable/>}), remember-me
 * series and the users' passwords and auth stamps in the data grid ({@code cdi-login.remember-store=jcache},
 * {@code quickstart.users=jcache}), one secret file for both.
 *
 * <p>A third member, C, runs a copy of the WAR whose application brings its own {@code RememberTokenStore}
 * ({@link OwnRememberTokenStore}): logouts are the session side's, so they are shared whatever the
 * remember store.
 *
 * <p>The data grid ports are free ones picked here, with a cluster name of this run only, so that
 * the test never meets another cluster on the machine. The last test stops member A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static PayaraMicroProcess a;
    private static PayaraMicroProcess b;
    /** A member whose application brings its own remember store. */
    private static PayaraMicroProcess c;
    private static final List<String> timings = new ArrayList<>();
    private static final String COOKIE = RememberMeIT.COOKIE;
    /**
     * How long a rotated-away remember value passes as it is: the library's default, PT10S, which the quickstart
     * keeps (its web.xml sets no {@code cdi-login.remember-cookie.rotation-grace}).
     */
    private static final Duration ROTATION_GRACE = Duration.ofSeconds(10);

    @BeforeAll
    static void startTwoMembers() throws Exception {
        Path war = Paths.get(System.getProperty("quickstart.war", "target/cdi-login-quickstart.war"));
        Path dir = Files.createDirectories(Paths.get("target", "cluster").toAbsolutePath());
        Path secret = dir.resolve("cdi-login.secret");
        Files.deleteIfExists(secret); // made by the first member that starts, read by the other
        int portA = PayaraMicroProcess.freeLoopbackPort();
        int portB = PayaraMicroProcess.freeLoopbackPort();
        int portC = PayaraMicroProcess.freeLoopbackPort();
        String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB + ",127.0.0.1:" + portC;
        String cluster = "cdi-login-it-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> jvm = List.of("-Xmx512m", "-Dcdi-login.secret-file=" + secret, "-Dcdi-login.remember-store=jcache",
                "-Dquickstart.users=jcache");
        long start = System.nanoTime();
        a = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), war, jvm, member(portA, members, cluster));
        awaitReady(a, "A");
        // B after A: the secret file exists by then, and B joins A's cluster rather than racing it
        b = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), war, jvm, member(portB, members, cluster));
        awaitReady(b, "B");
        Path ownStoreWar = OwnRememberTokenStore.addedTo(war, dir.resolve("own-store"));
        c = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), ownStoreWar, jvm, member(portC, members, cluster));
        awaitReady(c, "C");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!(a.log().contains("DG Size: 3") && b.log().contains("DG Size: 3") && c.log().contains("DG Size: 3"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the three members did not form one cluster:\nA:\n" + a.log() + "\nB:\n" + b.log()
                        + "\nC:\n" + c.log());
            }
            Thread.sleep(200);
        }
        time("three members started and clustered", start);
    }

    private static List<String> member(int hzPort, String members, String cluster) {
        // --nohostaware: both members share 127.0.0.1, and host-aware partitioning (Payara's default) keeps
        // no backup on a member of the same address, so the grid's data would die with its owner
        // the cluster mode's start-up commands (sessions on the data grid), after and so instead of the single
        // server's (no session persistence) that every started Payara gets
        String preboot = Paths.get(System.getProperty("quickstart.clusterPrebootFile", "src/main/payara/preboot-cluster.txt"))
                .toAbsolutePath().toString();
        return List.of("--contextroot", "/", "--startport", Integer.toString(hzPort), "--clustermode", "tcpip:" + members,
                "--interfaces", "127.0.0.1", "--clustername", cluster, "--nohostaware", "--prebootcommandfile", preboot);
    }

    private static void awaitReady(PayaraMicroProcess member, String name) {
        if (!member.awaitReady(Duration.ofSeconds(180))) {
            throw new AssertionError("member " + name + " did not start:\n" + PayaraLogs.problems(member.log()) + "\n"
                    + member.log());
        }
    }

    @AfterAll
    static void stopMembers() {
        for (PayaraMicroProcess member : new PayaraMicroProcess[] {a, b, c}) {
            if (member != null) {
                member.close();
            }
        }
        System.out.println("cluster timings: " + String.join("; ", timings));
    }

    private static void time(String what, long startNanos) {
        timings.add(what + " " + Duration.ofNanos(System.nanoTime() - startNanos).toMillis() + " ms");
    }

    /** A browser on member A or B that carries the given cookies (the same client, another member). */
    private static HttpBrowser on(PayaraMicroProcess member, Map<String, String> cookies) {
        HttpBrowser browser = new HttpBrowser(member.baseUri());
        cookies.forEach(browser::withCookie);
        return browser;
    }

    private static URI base(PayaraMicroProcess member) {
        return member.baseUri();
    }

    private static Response me(HttpBrowser browser) {
        return browser.get("api/me");
    }

    @Test
    @Order(1)
    void loginOnAIsSeenOnB() {
        long start = System.nanoTime();
        HttpBrowser onA = new HttpBrowser(base(a));
        assertStatus(303, login(onA, "alice", "wonderland"));
        Response seenOnB = me(on(b, onA.cookies()));
        assertStatus(200, seenOnB);
        assertTrue(seenOnB.body().contains("\"id\":\"alice\"") && seenOnB.body().contains("\"source\":\"session\""),
                seenOnB::toString);
        time("login on A seen on B", start);
    }

    @Test
    @Order(2)
    void logoutOnBMakesTheOldSessionAnonymousOnA() {
        long start = System.nanoTime();
        HttpBrowser onA = new HttpBrowser(base(a));
        assertStatus(303, login(onA, "bob", "builder"));
        Map<String, String> oldCookies = Map.copyOf(onA.cookies());
        assertStatus(200, me(on(a, oldCookies)));
        assertStatus(303, on(b, oldCookies).post("logout", Map.of()));
        assertAnonymous(on(a, oldCookies)); // A's copy of the old session logs nobody in (CVE-2023-20862)
        assertAnonymous(on(b, oldCookies));
        time("logout on B holds on A", start);
    }

    /**
     * Issue 11: the record of logouts belongs to the session side, so a member whose application brings
     * its own remember store records and checks logouts like the others (before, such a member recorded
     * none, and A's copy of a session logged out on C stayed logged in).
     */
    @Test
    @Order(3)
    void logoutsHoldAcrossMembersAlsoWhenTheApplicationBringsItsOwnRememberStore() {
        assertTrue(c.log().contains("remember-token store " + OwnRememberTokenStore.class.getName()),
                "C does not run the application's own store:\n" + c.log());
        long start = System.nanoTime();
        HttpBrowser onC = new HttpBrowser(base(c));
        assertStatus(303, login(onC, "bob", "builder"));
        Map<String, String> loggedOutOnC = Map.copyOf(onC.cookies());
        assertStatus(200, me(on(a, loggedOutOnC))); // A now holds a copy of the session
        assertStatus(303, on(c, loggedOutOnC).post("logout", Map.of()));
        assertAnonymous(on(a, loggedOutOnC));
        assertAnonymous(on(c, loggedOutOnC));

        HttpBrowser onA = new HttpBrowser(base(a));
        assertStatus(303, login(onA, "alice", "wonderland"));
        Map<String, String> loggedOutOnA = Map.copyOf(onA.cookies());
        assertStatus(200, me(on(c, loggedOutOnA))); // C now holds a copy of the session
        assertStatus(303, on(a, loggedOutOnA).post("logout", Map.of()));
        assertAnonymous(on(c, loggedOutOnA));
        time("logouts with the application's own remember store hold on every member", start);
    }

    @Test
    @Order(4)
    void rememberCookieRevokedOnAIsRefusedOnB() {
        long start = System.nanoTime();
        HttpBrowser onA = new HttpBrowser(base(a));
        assertStatus(303, login(onA, "alice", "wonderland", "remember", "on"));
        String remember = onA.cookie("remember_token");
        assertNotNull(remember, () -> "no remember cookie: " + onA.cookies());
        assertStatus(303, onA.post("logout", Map.of()));
        assertAnonymous(new HttpBrowser(base(b)).withCookie("remember_token", remember));
        time("revocation on A refused on B", start);
    }

    /**
     * Issue 11: the contract's replay rule across members. The thief's copy of alice's remember cookie gets a
     * session of its own on A, and goes on with the value A sent it (a copy used only once would look like a
     * lost response); alice's next visit, on B after the grace window, presents the value the thief moved past:
     * B revokes the series, and the thief's session on A logs nobody in from its next request on.
     */
    @Test
    @Order(5)
    void aReplayRevealedOnBEndsTheThiefsSessionOnA() throws InterruptedException {
        long start = System.nanoTime();
        HttpBrowser victim = new HttpBrowser(base(a));
        assertStatus(303, login(victim, "alice", "wonderland", "remember", "on"));
        String stolen = victim.cookie(COOKIE);
        assertNotNull(stolen, () -> "no remember cookie: " + victim.cookies());

        HttpBrowser thief = new HttpBrowser(base(a)).withCookie(COOKIE, stolen);
        Response restored = me(thief);
        assertStatus(200, restored);
        assertTrue(restored.body().contains("\"id\":\"alice\"") && restored.body().contains("\"source\":\"cookie\""),
                restored::toString);
        String rotated = thief.cookie(COOKIE);
        assertNotEquals(stolen, rotated, "the restore rotates the value");
        Map<String, String> thiefsSession = new HashMap<>(thief.cookies());
        thiefsSession.remove(COOKIE);
        assertStatus(200, me(on(a, thiefsSession)));
        HttpBrowser thiefGoesOn = new HttpBrowser(base(a)).withCookie(COOKIE, rotated);
        assertStatus(200, me(thiefGoesOn));
        String latest = thiefGoesOn.cookie(COOKIE);

        Thread.sleep(ROTATION_GRACE.plusSeconds(1).toMillis());
        assertAnonymous(new HttpBrowser(base(b)).withCookie(COOKIE, stolen)); // the replay, revealed on B

        assertAnonymous(on(a, thiefsSession));
        assertAnonymous(on(b, thiefsSession));
        for (PayaraMicroProcess member : List.of(a, b)) {
            for (String value : List.of(stolen, rotated, latest)) {
                assertAnonymous(new HttpBrowser(base(member)).withCookie(COOKIE, value)); // the series is gone
            }
        }
        time("replay revealed on B ends the thief's session on A (with a " + ROTATION_GRACE.toSeconds() + " s wait)", start);
    }

    /**
     * Issue 11: a password change on A ends bob's other logins on B, because both members read one user
     * store (the data grid): B loads the new auth stamp, which bob's sessions there do not carry (the one
     * without remember me has only that to end it; the one with it also loses its series). The session that
     * changed the password stays logged in on both members, and the new password is the password on B.
     */
    @Test
    @Order(6)
    void aPasswordChangeOnAEndsEveryOtherLoginOfTheUserOnB() {
        long start = System.nanoTime();
        HttpBrowser s1 = new HttpBrowser(base(a));
        assertStatus(303, login(s1, "bob", "builder", "remember", "on"));
        HttpBrowser s2 = new HttpBrowser(base(b));
        assertStatus(303, login(s2, "bob", "builder", "remember", "on"));
        String s2Remember = s2.cookie(COOKIE);
        assertNotNull(s2Remember, () -> "no remember cookie: " + s2.cookies());
        assertStatus(200, me(s2));
        // without remember me: no series to revoke, so only B loading bob's new stamp can end this one
        HttpBrowser s3 = new HttpBrowser(base(b));
        assertStatus(303, login(s3, "bob", "builder"));
        assertStatus(200, me(s3));
        try {
            assertRedirect(303, "/settings",
                    s1.post("settings/password", Map.of("password", "builder", "new_password", "can-we-fix-it")));

            assertAnonymous(s2);
            assertAnonymous(s3);
            assertAnonymous(on(a, s3.cookies()));
            assertAnonymous(new HttpBrowser(base(b)).withCookie(COOKIE, s2Remember));
            assertAnonymous(new HttpBrowser(base(a)).withCookie(COOKIE, s2Remember));
            for (PayaraMicroProcess member : List.of(a, b)) {
                Response me = me(on(member, s1.cookies()));
                assertStatus(200, me);
                assertTrue(me.body().contains("\"id\":\"bob\"") && me.body().contains("\"source\":\"session\""), me::toString);
            }
            assertStatus(401, login(new HttpBrowser(base(b)), "bob", "builder"));
            assertStatus(303, login(new HttpBrowser(base(b)), "bob", "can-we-fix-it"));
        } finally {
            changeBobsPasswordBack("can-we-fix-it");
        }
        assertStatus(303, login(new HttpBrowser(base(b)), "bob", "builder"));
        time("password change on A ends bob's other logins on B", start);
    }

    /** Later tests log bob in with "builder": a new login on A (fresh) changes it back, when it was changed. */
    private static void changeBobsPasswordBack(String changed) {
        HttpBrowser onA = new HttpBrowser(base(a));
        if (login(onA, "bob", changed).status() == 303) {
            assertRedirect(303, "/settings", onA.post("settings/password", Map.of("password", changed, "new_password", "builder")));
        }
    }

    @Test
    @Order(7)
    void stoppingALeavesBWithEveryLoginAndRememberedSeries() {
        HttpBrowser bobOnA = new HttpBrowser(base(a));
        assertStatus(303, login(bobOnA, "bob", "builder"));
        HttpBrowser aliceOnA = new HttpBrowser(base(a));
        assertStatus(303, login(aliceOnA, "alice", "wonderland", "remember", "on"));
        String remember = aliceOnA.cookie("remember_token");
        assertNotNull(remember, () -> "no remember cookie: " + aliceOnA.cookies());

        long start = System.nanoTime();
        a.close();
        time("member A stopped", start);
        start = System.nanoTime();
        Response bob = me(on(b, bobOnA.cookies()));
        assertStatus(200, bob);
        assertTrue(bob.body().contains("\"id\":\"bob\"") && bob.body().contains("\"source\":\"session\""), bob::toString);
        Response alice = me(new HttpBrowser(base(b)).withCookie("remember_token", remember));
        assertStatus(200, alice);
        assertTrue(alice.body().contains("\"id\":\"alice\"") && alice.body().contains("\"remembered\":true"),
                alice::toString);
        assertEquals(true, alice.body().contains("\"source\":\"cookie\""), alice::toString);
        time("B served A's session and restored A's series", start);
    }

    /**
     * What Payara does on a member of the cluster (sessions on the data grid, so a session-version cookie)
     * when that cookie is malformed: it fails to parse it before any filter or servlet runs, answers an
     * empty 200 and logs one SEVERE stack trace per request, with a made-up session id as with a real one.
     * The guarded resource does not run (no body), but the status is 200. Documented in the README's
     * "Scaling out"; this test fails when a Payara release changes it.
     */
    @Test
    @Order(8)
    void aMalformedSessionVersionCookieOnAMemberIsAnsweredByPayaraWithAnEmpty200AndOneSevereLine() throws InterruptedException {
        HttpBrowser alice = new HttpBrowser(base(b));
        assertStatus(303, login(alice, "alice", "wonderland"));
        assertNotNull(alice.cookie("JSESSIONIDVERSION"), () -> "no session-version cookie on a member: " + alice.cookies());
        for (HttpBrowser client : List.of(alice.withCookie("JSESSIONIDVERSION", "Wf:0"),
                new HttpBrowser(base(b)).withCookie("JSESSIONID", "made-up").withCookie("JSESSIONIDVERSION", "Wf:0"))) {
            long severeBefore = QuickstartContractIT.severeLines(b.log());
            Response me = me(client);
            assertStatus(200, me);
            assertEquals("", me.body(), me::toString); // the guarded resource did not run
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (QuickstartContractIT.severeLines(b.log()) == severeBefore && System.nanoTime() < deadline) {
                Thread.sleep(50); // the log is read on another thread
            }
            assertEquals(severeBefore + 1, QuickstartContractIT.severeLines(b.log()), b::log);
        }
        // without a session cookie the version is not read: the guard answers
        assertAnonymous(new HttpBrowser(base(b)).withCookie("JSESSIONIDVERSION", "Wf:0"));
    }
}

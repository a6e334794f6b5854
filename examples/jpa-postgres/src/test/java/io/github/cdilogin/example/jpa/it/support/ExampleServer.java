package io.github.cdilogin.example.jpa.it.support;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import io.github.cdilogin.test.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a throwaway PostgreSQL, then the packaged example WAR on Payara Micro pointed at it through
 * libpq's variables ({@code PGHOST}...), as {@code run.sh} does; once for all test classes of the run,
 * both stopped when the run ends (the server first, then the database, whose folder is deleted), also
 * when a test failed. Fails with the server's problems when the application did not come up.
 *
 * <pre>{@code @ExtendWith(ExampleServer.class) class SomeIT { URI base = ExampleServer.base(); } }</pre>
 */
public final class ExampleServer implements BeforeAllCallback {

    private static volatile Started started;

    /** Closed by JUnit when the whole run ends (root store), so every class shares one server. */
    private record Started(PostgresServer postgres, PayaraMicroProcess payara) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            try {
                payara.close();
                keepLog("payara-micro.log", payara.log());
            } finally {
                keepLog("postgres.log", postgres.log());
                postgres.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ExampleServer.class, key -> start(), Started.class);
    }

    /** @return {@code http://127.0.0.1:<port>/} */
    public static URI base() {
        return running().payara().baseUri();
    }

    /** The example's database, for reading what the application stored. */
    public static PostgresServer postgres() {
        return running().postgres();
    }

    /** Everything Payara logged so far, for failure messages. */
    public static String log() {
        return started == null ? "" : started.payara().log();
    }

    private static Started running() {
        if (started == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(ExampleServer.class)");
        }
        return started;
    }

    private static Started start() {
        Path war = Paths.get(System.getProperty("example.war", "target/cdi-login-example-jpa-postgres.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("WAR not found: " + war.toAbsolutePath() + " (run mvn verify)");
        }
        PostgresServer postgres = PostgresServer.start();
        PayaraMicroProcess payara;
        try {
            payara = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), war, List.of("-Xmx512m"),
                    List.of("--contextroot", "/"), postgres.environment());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        started = new Started(postgres, payara);
        if (!payara.awaitReady(Duration.ofSeconds(120))) {
            String log = payara.log();
            started.close();
            throw new AssertionError("Payara Micro did not start:\n" + PayaraLogs.problems(log) + "\n" + log);
        }
        // Payara says "ready" even when the deployment failed: ask the home page first.
        HttpBrowser.Response home = new HttpBrowser(payara.baseUri()).get("");
        if (home.status() != 200 || !home.body().contains("Hello, anonymous")) {
            String log = payara.log();
            started.close();
            throw new AssertionError("the example did not deploy: " + home + "\n" + PayaraLogs.problems(log));
        }
        return started;
    }

    /** Leaves a server's log in {@code target/} (failsafe's {@code example.logDir}) for a failed run. */
    private static void keepLog(String name, String log) {
        try {
            Path dir = Paths.get(System.getProperty("example.logDir", "target"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot keep " + name + ": " + e);
        }
    }
}

package io.github.cdilogin.quickstart.it.support;

import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged quickstart WAR on Payara Micro once for all test classes of the run
 * ({@code --nocluster}, HTTP on 127.0.0.1 and a free port, context root /) and stops it when the run
 * ends. Fails with the server's problems when the application did not come up.
 *
 * <pre>{@code @ExtendWith(QuickstartServer.class) class SomeIT { URI base = QuickstartServer.base(); } }</pre>
 */
public final class QuickstartServer implements BeforeAllCallback {

    private static volatile Started started;

    /** Closed by JUnit when the whole run ends (root store), so every class shares one server. */
    private record Started(PayaraMicroProcess process) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            process.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(QuickstartServer.class, key -> start(), Started.class);
    }

    /** @return {@code http://127.0.0.1:<port>/} */
    public static URI base() {
        if (started == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(QuickstartServer.class)");
        }
        return started.process().baseUri();
    }

    /** Everything Payara logged so far, for failure messages. */
    public static String log() {
        return started == null ? "" : started.process().log();
    }

    private static Started start() {
        Path war = Paths.get(System.getProperty("quickstart.war", "target/cdi-login-quickstart.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("WAR not found: " + war.toAbsolutePath() + " (run mvn verify)");
        }
        // -Dquickstart.remember-store=memory|jcache|jdbc runs the checks on another remember store than auto's.
        String store = System.getProperty("quickstart.remember-store", "");
        PayaraMicroProcess process = PayaraMicroProcess.start(PayaraMicroProcess.microJar(), war, List.of("-Xmx512m"),
                List.of("--contextroot", "/"), store.isEmpty() ? Map.of() : Map.of("CDI_LOGIN_REMEMBER_STORE", store));
        started = new Started(process);
        if (!process.awaitReady(Duration.ofSeconds(120))) {
            String log = process.log();
            process.close();
            throw new AssertionError("Payara Micro did not start:\n" + PayaraLogs.problems(log) + "\n" + log);
        }
        // Payara says "ready" even when the deployment failed: ask the home page first.
        HttpBrowser.Response home = new HttpBrowser(process.baseUri()).get("");
        if (home.status() != 200 || !home.body().contains("Hello, anonymous")) {
            String log = process.log();
            process.close();
            throw new AssertionError("the quickstart did not deploy: " + home + "\n" + PayaraLogs.problems(log));
        }
        return started;
    }
}

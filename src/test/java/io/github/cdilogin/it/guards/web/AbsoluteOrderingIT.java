package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cdilogin.it.support.PayaraLogs;
import io.github.cdilogin.it.support.PayaraMicroProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code <absolute-ordering/>} in web.xml leaves the library's jar out, and the Servlet spec then
 * ignores its ServletContainerInitializer: the servlet guards would be missing. The deployment must
 * fail, with a message that says how to list the jar.
 *
 * <p>Payara Micro's Arquillian adapter reports a failed deployment as a success, so on Payara the WAR
 * is deployed on a Payara Micro started by hand, whose log is read; the other servers' adapters
 * report the failure themselves, through Arquillian's {@link Deployer}.
 */
@ExtendWith(ArquillianExtension.class)
class AbsoluteOrderingIT {

    private static final String EXCLUDED = "excluded-by-ordering";

    @Deployment(name = EXCLUDED, managed = false, testable = false)
    static WebArchive excluded() {
        return WebGuardsWar.war(EXCLUDED, "<absolute-ordering/>");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void anOrderingThatLeavesTheLibraryOutFailsTheDeploymentWithTheFix() throws Exception {
        String report = "payara-micro".equals(System.getProperty("arquillian.launch")) ? deployOnPayaraByHand() : deployThroughArquillian();
        assertTrue(report.contains("CDILOGIN-010") && report.contains("<absolute-ordering>")
                && report.contains("<name>cdi_login</name>") && report.contains("<others/>"),
                "the failure should name the cause and the fix:\n" + report);
    }

    private static String deployOnPayaraByHand() throws IOException {
        Path file = Files.createDirectories(Path.of("target", "broken-wars")).resolve(EXCLUDED + ".war");
        excluded().as(ZipExporter.class).exportTo(file.toFile(), true);
        String log = PayaraMicroProcess.runUntilReady(file, Duration.ofSeconds(120));
        Files.writeString(file.resolveSibling(EXCLUDED + ".log"), log);
        assertTrue(PayaraLogs.deploymentFailed(log), "the deployment should have failed (log in " + file.resolveSibling(EXCLUDED + ".log") + "):\n" + PayaraLogs.problems(log));
        return log;
    }

    /** Deploys through the adapter, which must throw; returns its exception's messages and what the server logged meanwhile. */
    private String deployThroughArquillian() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(String.valueOf(record.getMessage()));
                    for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                        logged.add(String.valueOf(t.getMessage()));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // GlassFish embedded logs into this JVM's java.util.logging; WildFly logs into its server.log.
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            deployer.deploy(EXCLUDED);
        } catch (RuntimeException failed) {
            StringBuilder report = new StringBuilder();
            for (Throwable t = failed; t != null; t = t.getCause()) {
                report.append(t).append('\n');
            }
            synchronized (logged) {
                logged.forEach(line -> report.append(line).append('\n'));
            }
            return report.append(wildflyServerLog()).toString();
        } finally {
            root.removeHandler(capture);
        }
        deployer.undeploy(EXCLUDED);
        fail("the deployment of a WAR whose <absolute-ordering/> leaves the library out succeeded");
        return "";
    }

    private static String wildflyServerLog() {
        String home = System.getProperty("wildfly.home");
        Path log = home == null ? null : Path.of(home, "standalone", "log", "server.log");
        try {
            return log != null && Files.isRegularFile(log) ? Files.readString(log) : "";
        } catch (IOException unreadable) {
            return "";
        }
    }
}

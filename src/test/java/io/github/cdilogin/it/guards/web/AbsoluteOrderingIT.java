package io.github.cdilogin.it.guards.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.support.TomEELog;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import java.io.IOException;
import java.net.URL;
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
 * report the failure themselves, through Arquillian's {@link Deployer} (Open Liberty's and TomEE's without
 * the reason, which the test then reads from the server's log).
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
        String launch = System.getProperty("arquillian.launch");
        String report = "payara-micro".equals(launch) ? deployOnPayaraByHand() : deployThroughArquillian();
        if (report == null) {
            // GlassFish embedded runs in the test JVM, whose classpath holds the library too: GlassFish finds
            // the initializer there, outside the WAR's ordering, and the guards are installed after all. A
            // real server has no such copy. What must hold then is the guard itself.
            assertEquals("glassfish-embedded", launch, "the WAR deployed although its ordering leaves the library out");
            assertTheGuardsHold();
            return;
        }
        assertTrue(report.contains("CDILOGIN-010") && report.contains("<absolute-ordering>")
                && report.contains("<name>cdi_login</name>") && report.contains("<others/>"),
                "the failure should name the cause and the fix:\n" + report);
    }

    private void assertTheGuardsHold() {
        try {
            URL deployed = java.net.URI.create("http://127.0.0.1:" + System.getProperty("glassfish.httpPort") + "/" + EXCLUDED + "/").toURL();
            Visitor anonymous = Visitor.anonymous(deployed);
            RawHttp.Reply reply = anonymous.assertDidNotRun("class-guarded", "guarded content", () -> anonymous.get("class-guarded"));
            assertEquals(302, reply.status(), reply.toString());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        } finally {
            deployer.undeploy(EXCLUDED);
        }
    }

    private static String deployOnPayaraByHand() throws IOException {
        Path file = Files.createDirectories(Path.of("target", "broken-wars")).resolve(EXCLUDED + ".war");
        excluded().as(ZipExporter.class).exportTo(file.toFile(), true);
        String log = PayaraMicroProcess.runUntilReady(file, Duration.ofSeconds(120));
        Files.writeString(file.resolveSibling(EXCLUDED + ".log"), log);
        assertTrue(PayaraLogs.deploymentFailed(log), "the deployment should have failed (log in " + file.resolveSibling(EXCLUDED + ".log") + "):\n" + PayaraLogs.problems(log));
        return log;
    }

    /**
     * Deploys through the adapter, which must throw.
     *
     * @return its exception's messages and what the server logged meanwhile, or {@code null} when it deployed
     */
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
        // GlassFish embedded logs into this JVM's java.util.logging; WildFly logs into its server.log; TomEE's
        // adapter hands back a ClassNotFoundException, the reason is in the server's log (TomEELog).
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        long tomee = TomEELog.mark();
        try {
            deployer.deploy(EXCLUDED);
        } catch (Exception failed) { // the adapters throw Arquillian's checked DeploymentException undeclared
            StringBuilder report = new StringBuilder();
            for (Throwable t = failed; t != null; t = t.getCause()) {
                report.append(t).append('\n');
            }
            synchronized (logged) {
                logged.forEach(line -> report.append(line).append('\n'));
            }
            return report.append(wildflyServerLog()).append(libertyMessagesLog()).append(TomEELog.since(tomee)).toString();
        } finally {
            root.removeHandler(capture);
        }
        return null;
    }

    /** Open Liberty's adapter reports only a timeout; the server's messages.log has the failure. */
    private static String libertyMessagesLog() {
        String usr = System.getProperty("liberty.usr");
        Path log = usr == null ? null : Path.of(usr, "servers", "cdilogin", "logs", "messages.log");
        try {
            return log != null && Files.isRegularFile(log) ? Files.readString(log) : "";
        } catch (IOException unreadable) {
            return "";
        }
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

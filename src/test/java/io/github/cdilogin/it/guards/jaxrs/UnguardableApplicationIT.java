package io.github.cdilogin.it.guards.jaxrs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.app.ItUsers;
import io.github.cdilogin.it.guards.jaxrs.unguardable.ServicesOffApi;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A JAX-RS application that could not get the guard (it lists its classes and sets
 * {@code jakarta.ws.rs.loadServices=false}) fails its deployment with CDILOGIN-007. Payara Micro is
 * started by hand, as in {@code DeploymentFailureIT}: its Arquillian adapter reports a failed deployment
 * as a success. The other servers' profiles do not copy Payara, so the test runs on the Payara profiles.
 */
class UnguardableApplicationIT {

    @Test
    void applicationWithoutScanningAndWithoutServicesFailsNamingItselfAndTheFix() throws Exception {
        assumeTrue("payara-micro".equals(System.getProperty("arquillian.launch")), "Payara Micro is started by hand");
        WebArchive war = Deployments.war("services-off", Map.of(), new Package[] {ServicesOffApi.class.getPackage()},
                ItUser.class, ItUsers.class);
        Path file = Files.createDirectories(Path.of("target", "broken-wars")).resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);

        String log = PayaraMicroProcess.runUntilReady(file, Duration.ofSeconds(120));

        assertTrue(PayaraLogs.deploymentFailed(log), "the deployment should have failed:\n" + PayaraLogs.problems(log));
        assertTrue(log.contains("CDILOGIN-007: " + ServicesOffApi.class.getName())
                && log.contains("Remove the jakarta.ws.rs.loadServices property"),
                "the message should name the application and the fix:\n" + PayaraLogs.problems(log));
    }
}

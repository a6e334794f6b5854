package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.broken.HelloServlet;
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
 * Misconfigured applications fail their deployment on a real server, with the message that names the
 * fix. Payara Micro is started by hand: its Arquillian adapter reports such deployments as successful.
 */
class DeploymentFailureIT {

    private static String deployAndReadLog(WebArchive war) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "broken-wars")).resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return PayaraMicroProcess.runUntilReady(file, Duration.ofSeconds(120));
    }

    @Test
    void applicationWithoutAnyLoaderFailsWithTheFix() throws Exception {
        WebArchive war = Deployments.war("no-loader", Map.of(), HelloServlet.class.getPackage());
        String log = deployAndReadLog(war);
        assertTrue(PayaraLogs.deploymentFailed(log), "the deployment should have failed:\n" + PayaraLogs.problems(log));
        assertTrue(log.contains("CDILOGIN-001") && log.contains("io.github.cdilogin.spi.UserLoader")
                && log.contains("implements UserLoader<AppUser>"), "the message should name the fix:\n" + PayaraLogs.problems(log));
    }

    @Test
    void invalidSettingFailsWithTheKeyTheValueAndWhatIsAllowed() throws Exception {
        WebArchive war = Deployments.war("bad-setting", Map.of("cdi-login.session-protection", "strongest"),
                ItUser.class.getPackage());
        String log = deployAndReadLog(war);
        assertTrue(PayaraLogs.deploymentFailed(log), "the deployment should have failed:\n" + PayaraLogs.problems(log));
        assertTrue(log.contains("cdi-login.session-protection has the value 'strongest'")
                && log.contains("use none, basic or strong"), "the message should name key, value and fix:\n"
                + PayaraLogs.problems(log));
    }
}

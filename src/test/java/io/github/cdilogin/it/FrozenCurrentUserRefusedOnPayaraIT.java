package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.frozen.FrozenComponent;
import io.github.cdilogin.test.PayaraLogs;
import io.github.cdilogin.test.PayaraMicroProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On Payara: a component that outlives a request and injects {@code @CurrentUser} of the application's
 * own type fails the deployment, with a message naming the component, its field and the fix. Payara Micro
 * is started by hand, as in {@link DeploymentFailureIT}: its Arquillian adapter reports a failed
 * deployment as a success. The other servers run {@link FrozenCurrentUserRefusedIT}.
 */
class FrozenCurrentUserRefusedOnPayaraIT {

    @ParameterizedTest
    @EnumSource(FrozenComponent.class)
    void componentThatOutlivesTheRequestCannotTakeTheApplicationsUserType(FrozenComponent component) {
        WebArchive war = component.war();
        Path file;
        try {
            file = Files.createDirectories(Path.of("target", "broken-wars")).resolve(war.getName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        String log = PayaraMicroProcess.runUntilReady(file, Duration.ofSeconds(120));

        assertTrue(PayaraLogs.deploymentFailed(log), () -> component + " deployed:\n" + PayaraLogs.problems(log));
        assertAll(component.expectedInMessage().stream().map(part -> (Executable) () -> assertTrue(log.contains(part),
                () -> "'" + part + "' is not in the server's log:\n" + PayaraLogs.problems(log))));
    }
}

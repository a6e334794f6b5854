package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.it.frozen.FrozenComponent;
import io.github.cdilogin.it.support.TomEELog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On GlassFish, WildFly and TomEE: a component that outlives a request and injects {@code @CurrentUser} of the
 * application's own type fails the deployment, with a message naming the component, its field and the fix.
 * WildFly's adapter reports the failure with the server's message. GlassFish embedded's adapter, like
 * Payara's, reports a failed deployment as a success, but the server runs in this JVM: its log, read while
 * it deploys, says "Exception while loading the app" and why. TomEE's adapter reports the failure without
 * the reason, which the test reads from the server's log ({@link TomEELog}). Payara runs
 * {@link FrozenCurrentUserRefusedOnPayaraIT}.
 */
@ExtendWith(ArquillianExtension.class)
class FrozenCurrentUserRefusedIT {

    @Deployment(name = "SERVLET", managed = false, testable = false)
    static WebArchive servlet() {
        return FrozenComponent.SERVLET.war();
    }

    @Deployment(name = "FILTER", managed = false, testable = false)
    static WebArchive filter() {
        return FrozenComponent.FILTER.war();
    }

    @Deployment(name = "LISTENER", managed = false, testable = false)
    static WebArchive listener() {
        return FrozenComponent.LISTENER.war();
    }

    @Deployment(name = "STATELESS_SESSION_BEAN", managed = false, testable = false)
    static WebArchive statelessSessionBean() {
        return FrozenComponent.STATELESS_SESSION_BEAN.war();
    }

    @Deployment(name = "WEBSOCKET_ENDPOINT", managed = false, testable = false)
    static WebArchive websocketEndpoint() {
        return FrozenComponent.WEBSOCKET_ENDPOINT.war();
    }

    /** What GlassFish logs when a deployment fails. */
    private static final String GLASSFISH_FAILED = "Exception while loading the app";

    @ArquillianResource
    Deployer deployer;

    @ParameterizedTest
    @EnumSource(FrozenComponent.class)
    void componentThatOutlivesTheRequestCannotTakeTheApplicationsUserType(FrozenComponent component) {
        ServerOutput output = ServerOutput.capture();
        long tomee = TomEELog.mark();
        Exception refused = null;
        try {
            deployer.deploy(component.name());
        } catch (Exception failed) {
            refused = failed;
        } finally {
            output.stop();
        }
        if (refused == null) {
            undeployQuietly(component);
        }
        String failure = (refused == null ? "" : everything(refused)) + "\n--- server output while deploying ---\n"
                + output.text() + TomEELog.since(tomee);
        assertTrue(refused != null || output.text().contains(GLASSFISH_FAILED), () -> component + " deployed:\n" + failure);
        assertAll(component.expectedInMessage().stream().map(part -> (Executable) () -> assertTrue(failure.contains(part),
                () -> "'" + part + "' is neither in the deployment failure nor in the server's output:\n" + failure)));
    }

    private void undeployQuietly(FrozenComponent component) {
        try {
            deployer.undeploy(component.name());
        } catch (RuntimeException alreadyGone) {
            // The server never started it.
        }
    }

    /** The failure with its causes and suppressed exceptions, as the adapter reported it. */
    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** What the server logs (in this JVM) and prints (to this JVM's output) while it deploys. */
    private static final class ServerOutput extends Handler {
        private static final Formatter FORMAT = new SimpleFormatter();
        private final StringBuilder records = new StringBuilder();
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private final PrintStream out = System.out;

        static ServerOutput capture() {
            ServerOutput output = new ServerOutput();
            Logger.getLogger("").addHandler(output);
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    output.out.write(b);
                    output.printed.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    output.out.write(bytes, offset, length);
                    output.printed.write(bytes, offset, length);
                }
            }, true, StandardCharsets.UTF_8));
            return output;
        }

        void stop() {
            Logger.getLogger("").removeHandler(this);
            System.out.flush();
            System.setOut(out);
        }

        String text() {
            synchronized (records) {
                return records + printed.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.append(FORMAT.formatMessage(record)).append('\n');
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    records.append("  ").append(t).append('\n');
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}

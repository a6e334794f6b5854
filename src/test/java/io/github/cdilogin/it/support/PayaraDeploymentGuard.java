package io.github.cdilogin.it.support;

import io.github.cdilogin.test.PayaraLogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.Charset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Payara Micro Arquillian adapter (3.1) reports success even when the WAR failed to deploy
 * (Payara still prints "ready"): no DeploymentException, @ArquillianResource URL is just http://host:port,
 * and the tests only see 404. This extension closes that gap.
 *
 * <p>Register it BEFORE ArquillianExtension:
 * {@code @ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})}. It tees System.out
 * (where the adapter prints Payara's log, outputToConsole=true) from before the deployment, and before
 * each test fails with Payara's SEVERE/WELD lines if the deployment failed. With
 * {@link ExpectDeploymentFailure} it instead requires the failure, and {@link #log()} gives the text.
 * Assumes test classes run one after another in the JVM (failsafe default).
 */
public class PayaraDeploymentGuard implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** The deployment of this class is expected to fail; assert on {@link PayaraDeploymentGuard#log()}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface ExpectDeploymentFailure {
    }

    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
    private static PrintStream original;

    /** Everything the server printed since the current test class started (ANSI colours removed). */
    public static String log() {
        synchronized (CAPTURED) {
            return PayaraLogs.stripAnsi(CAPTURED.toString(Charset.defaultCharset()));
        }
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        synchronized (CAPTURED) {
            CAPTURED.reset();
        }
        original = System.out;
        System.setOut(new PrintStream(new Tee(original), true, Charset.defaultCharset()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        boolean expectFailure = testClass.isAnnotationPresent(ExpectDeploymentFailure.class);
        String log = log();
        boolean failed = PayaraLogs.deploymentFailed(log);
        if (expectFailure && !failed) {
            throw new AssertionError(testClass.getSimpleName() + ": the deployment was expected to fail but did not");
        }
        if (!expectFailure && failed) {
            throw new AssertionError("Payara Micro could not deploy the test WAR of " + testClass.getSimpleName()
                    + ":\n" + PayaraLogs.problems(log));
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (original != null) {
            System.out.flush();
            System.setOut(original);
            original = null;
        }
    }

    private static final class Tee extends OutputStream {
        private final PrintStream target;

        Tee(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
            synchronized (CAPTURED) {
                CAPTURED.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
            synchronized (CAPTURED) {
                CAPTURED.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}

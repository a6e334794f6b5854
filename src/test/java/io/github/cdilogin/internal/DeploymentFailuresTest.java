package io.github.cdilogin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a server prints of the exceptions that fail a deployment: the CDILOGIN message, and nothing of the library. */
class DeploymentFailuresTest {

    private static final String MESSAGE = "CDILOGIN-001: cdi-login found no bean implementing io.github.cdilogin.spi.UserLoader";

    @Test
    void aCdiDefinitionErrorPrintsAsItsMessageAlone() {
        Exception failure = DeploymentFailures.cdi(MESSAGE);

        assertEquals(MESSAGE, printed(failure));
        assertEquals(0, failure.getStackTrace().length);
        assertNull(failure.getCause());
    }

    @Test
    void aServletStartupFailurePrintsAsItsMessageAlone() {
        Exception failure = DeploymentFailures.servlet(MESSAGE + "\n" + MESSAGE);

        assertEquals(MESSAGE + "\n" + MESSAGE, printed(failure));
        assertEquals(0, failure.getStackTrace().length);
        assertNull(failure.getCause());
    }

    private static String printed(Exception failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString().strip();
    }
}

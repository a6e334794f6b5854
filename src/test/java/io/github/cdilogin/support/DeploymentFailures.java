package io.github.cdilogin.support;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.exceptions.DefinitionException;
import org.junit.jupiter.api.function.Executable;

/** Starting a Weld SE deployment that the extension must refuse (or accept), and reading its message. */
public final class DeploymentFailures {

    private static final Pattern MESSAGE_ID = Pattern.compile("CDILOGIN-\\d{3}");

    private DeploymentFailures() {
    }

    /**
     * Starts the container, expects it to fail with exactly the given message ids and without a stack
     * frame of the library in its text, and returns the whole failure text.
     */
    public static String failure(Weld weld, String... expectedIds) {
        DefinitionException failure = assertThrows(DefinitionException.class, () -> {
            try (WeldContainer container = weld.initialize()) {
                container.select(Object.class);
            }
        }, "the deployment started");
        String message = failure.getMessage();
        Set<String> ids = new TreeSet<>();
        Matcher id = MESSAGE_ID.matcher(message);
        while (id.find()) {
            ids.add(id.group());
        }
        assertEquals(new TreeSet<>(List.of(expectedIds)), ids, "message ids in the deployment failure:\n" + message);
        assertFalse(message.contains("at io.github.cdilogin."),
                "a CDILOGIN message is printed without the library's stack frames:\n" + message);
        return message;
    }

    /** Starts the container and expects it to run. */
    public static void assertDeploys(Weld weld) {
        try (WeldContainer container = weld.initialize()) {
            assertTrue(container.isRunning(), "container not running");
        }
    }

    /** Every part must be in the failure text. */
    public static void assertContainsAll(String failure, String... parts) {
        assertAll(Arrays.stream(parts).map(part -> (Executable) () -> assertTrue(failure.contains(part),
                "expected '" + part + "' in the deployment failure:\n" + failure)));
    }
}

package io.github.cdilogin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's Java is code a newcomer copies: every {@code ```java} block is compiled, together, against
 * the library, with only the imports it shows, and the Weld SE recipe of "Testing your application logged
 * in" runs as the test it claims to be.
 */
class ReadmeSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^( *)```java\\n(.*?)^\\1```$", Pattern.DOTALL);

    private static List<String> snippets;

    @BeforeAll
    static void readTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        snippets = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            String indent = block.group(1);
            snippets.add(block.group(2).replaceAll("(?m)^" + indent, ""));
        }
    }

    @Test
    void everyJavaBlockOfTheReadmeCompilesWithTheImportsItShows(@TempDir Path classes) {
        assertTrue(snippets.size() >= 6, "the README's Java blocks were not found: " + snippets.size());
        String errors = compile(classes);
        assertEquals("", errors, "a README snippet does not compile as shown");
    }

    @Test
    void theWeldSeRecipeRunsAndItsTestPasses(@TempDir Path classes) throws Exception {
        assertEquals("", compile(classes));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Launcher launcher = LauncherFactory.create();
                SummaryGeneratingListener listener = new SummaryGeneratingListener();
                launcher.execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(loader.loadClass("PaymentsTest"))).build(), listener);
                TestExecutionSummary summary = listener.getSummary();
                StringWriter failures = new StringWriter();
                summary.printFailuresTo(new java.io.PrintWriter(failures), 20);
                assertEquals(1, summary.getTestsSucceededCount(), "the README's PaymentsTest:\n" + failures);
                assertEquals(0, summary.getTotalFailureCount(), failures.toString());
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Compiles every block as one source each; the blocks share the README's own types (AppUser, ...). */
    private static String compile(Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            sources.add(new Snippet(i, snippets.get(i)));
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("-classpath", classpath + File.pathSeparator + "target/classes", "-d", classes.toString(),
                        "-proc:none", "-Xlint:none", "-nowarn"),
                null, sources).call();
        return compiled ? "" : errors.toString();
    }

    /**
     * A README block as a source file. A block may hold several public types, as a reader's eye takes them:
     * the file's name is left out of javac's check, which each public type would otherwise need.
     */
    private static final class Snippet extends SimpleJavaFileObject {
        private final String code;

        Snippet(int index, String code) {
            super(URI.create("string:///README-snippet-" + (index + 1) + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return true;
        }
    }
}

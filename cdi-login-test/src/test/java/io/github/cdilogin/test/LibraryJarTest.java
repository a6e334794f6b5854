package io.github.cdilogin.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.LoginManager;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library as this module gets it, the way an application does (its jar, or its classes folder
 * when the build stopped before {@code package}): no test class of any kind went into it.
 */
class LibraryJarTest {

    @Test
    void theLibraryHoldsNoTestClass() throws IOException, URISyntaxException {
        List<String> entries = libraryEntries();
        assertTrue(entries.contains("io/github/cdilogin/LoginManager.class"), () -> "not the library: " + entries);
        List<String> testOnly = entries.stream().filter(LibraryJarTest::isTestOnly).toList();
        assertEquals(List.of(), testOnly, "test classes in the library at " + library());
    }

    @Test
    void testOnlyClassesAreRecognised() {
        assertTrue(Stream.of("io/github/cdilogin/test/TestLoginSession.class", "io/github/cdilogin/TestLogins.class",
                "io/github/cdilogin/it/LoginFlowIT.class", "io/github/cdilogin/SafeNextTest.class",
                "io/github/cdilogin/it/support/Deployments.class", "io/github/cdilogin/support/AppUser.class",
                "io/github/cdilogin/internal/remember/HttpFakes.class", "io/github/cdilogin/internal/FakeHttp$Request.class")
                .allMatch(LibraryJarTest::isTestOnly), "the check above would miss a test class");
    }

    /** This module's package, the library's test folders, and test classes by their names. */
    private static boolean isTestOnly(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        return entry.startsWith("io/github/cdilogin/test/") || entry.startsWith("io/github/cdilogin/it/")
                || entry.startsWith("io/github/cdilogin/support/") || entry.startsWith("io/github/cdilogin/release/")
                || name.matches("(TestLoginSession|TestLogins|FakeHttp|HttpFakes|HttpBrowser|Browser)\\b.*\\.class")
                || name.matches(".*(Test|IT)(\\$.*)?\\.class");
    }

    private static Path library() throws URISyntaxException {
        return Path.of(LoginManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> libraryEntries() throws IOException, URISyntaxException {
        Path library = library();
        if (Files.isDirectory(library)) {
            try (Stream<Path> files = Files.walk(library)) {
                return files.filter(Files::isRegularFile).map(f -> library.relativize(f).toString().replace('\\', '/')).toList();
            }
        }
        try (JarFile jar = new JarFile(library.toFile())) {
            return jar.stream().map(e -> e.getName()).toList();
        }
    }
}

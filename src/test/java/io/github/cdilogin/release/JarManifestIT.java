package io.github.cdilogin.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jars a release publishes, read as a consumer gets them: the library jar that {@code package} built
 * (failsafe's system property {@code cdilogin.jar}) and the sources and Javadoc jars beside it. A failsafe
 * test because they exist only after {@code package}; it starts no server, and runs with the container
 * suite of every server profile.
 */
class JarManifestIT {

    private static final String MODULE = "io.github.cdilogin";

    @Test
    void libraryJarIsTheAutomaticModuleIoGithubCdilogin() throws IOException {
        Path jar = libraryJar();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(MODULE, file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
                    "Automatic-Module-Name in " + jar + "'s manifest");
        }
        // The JDK's own reading of the jar on the module path: without the manifest entry it would name
        // the module after the file (cdi.login), and it refuses a name that is not a valid module name.
        Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
        assertEquals(1, modules.size(), "modules found in " + jar);
        ModuleDescriptor module = modules.iterator().next().descriptor();
        assertEquals(MODULE, module.name(), "module name of " + jar);
        assertTrue(module.isAutomatic(), "an automatic module (the jar has no module-info): " + module);
        assertTrue(module.packages().containsAll(Set.of(MODULE, MODULE + ".spi")),
                "the API and the SPI are packages of the module: " + module.packages());
    }

    @Test
    void libraryJarCarriesTheApacheLicence() throws IOException {
        Path jar = libraryJar();
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry licence = file.getEntry("META-INF/LICENSE");
            assertTrue(licence != null, "META-INF/LICENSE in " + jar);
            String text = new String(file.getInputStream(licence).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("Apache License") && text.contains("Version 2.0, January 2004"),
                    "the Apache License 2.0 in META-INF/LICENSE, but it begins: " + text.strip().lines().limit(3).toList());
        }
    }

    @Test
    void sourcesJarHoldsTheSourceOfEveryClassOfTheLibraryJar() throws IOException {
        Path jar = libraryJar();
        Path sources = besideLibraryJar("sources");
        Set<String> sourceFiles = entries(sources);
        List<String> missing = entries(jar).stream()
                .filter(name -> name.endsWith(".class"))
                .map(name -> name.replaceFirst("(\\$.*)?\\.class$", ".java"))
                .distinct()
                .filter(source -> !sourceFiles.contains(source))
                .sorted()
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "sources missing from " + sources);
    }

    @Test
    void javadocJarDocumentsTheApiAndTheSpiButNoInternalPackage() throws IOException {
        Path javadoc = besideLibraryJar("javadoc");
        Set<String> pages = entries(javadoc);
        for (String page : List.of("index.html", "io/github/cdilogin/LoginManager.html",
                "io/github/cdilogin/spi/UserLoader.html")) {
            assertTrue(pages.contains(page), page + " in " + javadoc);
        }
        List<String> internal = pages.stream()
                .filter(page -> page.startsWith("io/github/cdilogin/internal"))
                .sorted()
                .collect(Collectors.toList());
        assertEquals(List.of(), internal, "internal pages in the published Javadoc " + javadoc);
    }

    private static Path libraryJar() {
        String path = System.getProperty("cdilogin.jar");
        if (path == null || !Files.isRegularFile(Paths.get(path))) {
            fail("The packaged library jar is missing (system property cdilogin.jar=" + path
                    + "): run this test with 'mvn verify', which packages it first");
        }
        return Paths.get(path);
    }

    /** The jar {@code maven-source-plugin} or {@code maven-javadoc-plugin} attached with this classifier. */
    private static Path besideLibraryJar(String classifier) {
        Path jar = libraryJar();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "-" + classifier + ".jar");
        Path attached = jar.resolveSibling(name);
        assertTrue(Files.isRegularFile(attached), "the " + classifier + " jar built by 'mvn verify': " + attached);
        return attached;
    }

    private static Set<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName)
                    .collect(Collectors.toSet());
        }
    }
}

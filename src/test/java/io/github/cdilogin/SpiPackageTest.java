package io.github.cdilogin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SPI package's Javadoc is where an application looks for what it may implement: it names every type. */
class SpiPackageTest {

    private static final Path SPI = Path.of("src/main/java/io/github/cdilogin/spi");

    @Test
    void theSpiPackageDescriptionLinksEveryTypeOfThePackage() throws IOException {
        String description = Files.readString(SPI.resolve("package-info.java"));
        List<String> types;
        try (Stream<Path> files = Files.list(SPI)) {
            types = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .filter(name -> !name.equals("package-info")).sorted().toList();
        }
        assertTrue(types.size() >= 6, "the SPI types were found: " + types);
        List<String> unnamed = types.stream()
                .filter(type -> !description.contains("{@link io.github.cdilogin.spi." + type + "}")).toList();
        assertTrue(unnamed.isEmpty(), "spi/package-info.java does not name " + unnamed);
    }
}

package io.github.cdilogin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.support.Readme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "Errors and their ids" table lists exactly the CDILOGIN ids of the code, each with when and fix. */
class ErrorIdsTest {

    private static final Pattern ID = Pattern.compile("CDILOGIN-\\d{3}");
    private static final Path MAIN = Path.of("src/main");
    // Found by name, so that the test follows the class if it moves to another package.
    private static final Path MESSAGES = messagesFile();

    @Test
    void everyIdOfTheCodeIsInTheReadmesTable() {
        Set<String> missing = new TreeSet<>(idsIn(MAIN));
        missing.removeAll(readmeIds());
        assertTrue(missing.isEmpty(), "README.md's 'Errors and their ids' table lacks " + missing);
    }

    @Test
    void everyIdOfTheReadmesTableIsOneTheCodeReports() {
        Set<String> unknown = new TreeSet<>(readmeIds());
        unknown.removeAll(idsIn(MESSAGES));
        assertTrue(unknown.isEmpty(), "README.md's table lists ids that Messages does not make: " + unknown);
    }

    @Test
    void everyIdIsWrittenInMessagesOnly() {
        // Elsewhere an id may be named (Javadoc, a comment), but its text is made in one place.
        Set<String> elsewhere = new TreeSet<>(idsIn(MAIN));
        elsewhere.removeAll(idsIn(MESSAGES));
        assertTrue(elsewhere.isEmpty(), "ids named outside Messages but made nowhere: " + elsewhere);
    }

    @Test
    void everyRowSaysWhenAndHowToFixIt() {
        List<List<String>> rows = Readme.table("Errors and their ids");
        for (List<String> row : rows) {
            assertEquals(3, row.size(), "a row has an id, when and fix: " + row);
            assertFalse(row.get(1).isBlank() || row.get(2).isBlank(), "a row without when or fix: " + row);
        }
        assertEquals(rows.size(), readmeIds().size(), "an id is listed twice");
    }

    private static Set<String> readmeIds() {
        Set<String> ids = new TreeSet<>();
        for (List<String> row : Readme.table("Errors and their ids")) {
            String id = row.get(0).replace("`", "");
            assertTrue(ID.matcher(id).matches(), "the first cell is an id: " + row);
            ids.add(id);
        }
        return ids;
    }

    private static Path messagesFile() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().equals("Messages.java")).toList();
            assertEquals(1, found.size(), "one Messages.java under src/main: " + found);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> idsIn(Path where) {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(where)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher id = ID.matcher(Files.readString(file));
                while (id.find()) {
                    ids.add(id.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(ids.isEmpty(), "no id found in " + where);
        return ids;
    }
}

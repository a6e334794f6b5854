package io.github.cdilogin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The repository's README.md, read by the tests that hold it to the code (the settings, the CDILOGIN ids). */
public final class Readme {

    private Readme() {
    }

    /**
     * @param heading a section's heading, without the {@code #}s, such as {@code Settings}
     * @return the rows of the section's first table, header and separator left out, each row's cells trimmed
     */
    public static List<List<String>> table(String heading) {
        List<String> lines = lines();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).matches("#+ " + java.util.regex.Pattern.quote(heading) + "\\s*")) {
                start = i + 1;
            }
        }
        if (start < 0) {
            throw new AssertionError("README.md has no section '" + heading + "'");
        }
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = start; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("|")) {
                if (inTable && !line.matches("\\|[\\s|:-]+\\|")) {
                    rows.add(cells(line));
                }
                inTable = true; // the first row is the header
            } else if (inTable) {
                break;
            }
        }
        if (rows.isEmpty()) {
            throw new AssertionError("README.md's section '" + heading + "' has no table");
        }
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - (row.endsWith("|") ? 1 : 0));
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the tests run in the repository's root, beside README.md", e);
        }
    }
}

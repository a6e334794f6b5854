package io.github.cdilogin.internal.remember;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The DDL files the jar ships ({@code META-INF/cdi-login/schema/<database>.sql}), read and run as a migration tool would. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** @return the file's text, from the classpath (the jar's resources) */
    static String text(String database) {
        String path = "META-INF/cdi-login/schema/" + database + ".sql";
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return its statements: comments dropped, split at each {@code ;} that ends a line */
    static List<String> statements(String database) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text(database).split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (code.isEmpty()) {
                continue;
            }
            if (code.endsWith(";")) {
                statements.add(current.append(code, 0, code.length() - 1).toString().strip());
                current.setLength(0);
            } else {
                current.append(code).append(' ');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(database + ".sql ends without ';': " + current);
        }
        return statements;
    }

    /** Runs every statement of the file, as it is, on the connection (its default schema gets the table). */
    static void run(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(database)) {
                statement.execute(sql);
            }
        }
    }
}

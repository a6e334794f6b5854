package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.RememberToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DDL files the jar ships run, and are all the store needs with {@code create-table=false}: H2's on H2, and
 * MySQL's, Oracle's and SQL Server's on H2 in that database's compatibility mode (H2's emulation: it checks that
 * each file parses and gives the store what it needs, not every behaviour of the real database). PostgreSQL's
 * runs on PostgreSQL in {@link JdbcTokenStorePostgresTest}.
 */
class ShippedSchemaTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));

    @ParameterizedTest(name = "{0}.sql on H2 in mode {1}")
    @CsvSource({"h2, REGULAR", "mysql, MySQL", "oracle, Oracle", "sqlserver, MSSQLServer"})
    void eachShippedDdlGivesTheStoreEverythingWithCreateTableFalse(String database, String mode) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=" + mode);
        try (Connection connection = h2.getConnection()) {
            SchemaFiles.run(connection, database);
        }
        SpyDataSource spy = new SpyDataSource(h2);
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(RememberTable.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        JdbcTokenStore store;
        try {
            store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, false, clock);
        } finally {
            log.removeHandler(handler);
        }
        RememberToken token = new RememberToken("s1", "ålice", "h1", null, clock.instant(), clock.instant().plusSeconds(60),
                "stamp", clock.instant(), "Firefox on Linux");
        store.create(token);
        assertEquals(Optional.of(token), store.find("s1"));
        assertEquals(List.of(token), store.findAllFor("ålice"));
        assertEquals(List.of(), spy.statements.stream().filter(sql -> sql.startsWith("CREATE") || sql.startsWith("ALTER"))
                .toList(), "nothing created or altered");
        assertEquals(List.of(), warnings, "the indexes are found: no warning");
    }

    @Test
    void theReadmeShowsThePostgresqlDdlAsTheJarShipsIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String ddl = SchemaFiles.text("postgresql");
        assertTrue(readme.contains("```sql\n" + ddl + "```"), "README.md should show META-INF/cdi-login/schema/postgresql.sql"
                + " as it is, in a ```sql block:\n" + ddl);
    }

    @Test
    void everyDatabaseOfTheReadmeHasItsFile() {
        for (String database : List.of("postgresql", "h2", "mysql", "oracle", "sqlserver")) {
            assertEquals(3, SchemaFiles.statements(database).size(), database + ".sql: a table and two indexes");
        }
    }
}

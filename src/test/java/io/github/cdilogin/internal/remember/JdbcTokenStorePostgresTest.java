package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.test.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The jdbc store on a real PostgreSQL (a throwaway cluster, {@link PostgresServer}): the shipped DDL is the
 * table the store makes and all it needs; members that start at once; and the plan of every statement it runs,
 * on a table of 20,000 series, uses an index. Skipped, saying so, only where PostgreSQL is not installed
 * ({@code .ci/run} installs it).
 */
class JdbcTokenStorePostgresTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static PostgresServer postgres;
    private static PGSimpleDataSource dataSource;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));

    @BeforeAll
    static void start() {
        assumeTrue(PostgresServer.isInstalled(), PostgresServer.NOT_INSTALLED);
        postgres = PostgresServer.start();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** @return a new schema, so that each test has a database of its own */
    private static String schema() throws SQLException {
        String schema = "test_" + SCHEMAS.incrementAndGet();
        sql("CREATE SCHEMA " + schema);
        return schema;
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private RememberToken token(String series, String user) {
        return new RememberToken(series, user, "h1", null, clock.instant(), clock.instant().plus(Duration.ofDays(1)),
                "stampHash22characters_", clock.instant(), "Firefox on Linux");
    }

    // The shipped DDL.

    @Test
    void withCreateTableFalseTheShippedDdlIsAllTheStoreNeeds() throws SQLException {
        String schema = schema();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            SchemaFiles.run(connection, "postgresql");
        }
        SpyDataSource spy = new SpyDataSource(dataSource);
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), schema + "." + JdbcTokenStore.TABLE, false, clock);
        RememberToken token = token("s1", "alice");
        store.create(token);
        RememberToken rotated = token.rotated("h2", "h1", clock.instant());
        assertTrue(store.replace(token, rotated));
        assertEquals(Optional.of(rotated), store.find("s1"));
        assertEquals(List.of(rotated), store.findAllFor("alice"));
        store.deleteAllFor("alice");
        assertEquals(List.of(), store.findAllFor("alice"));
        assertEquals(List.of(), spy.statements.stream().filter(sql -> sql.startsWith("CREATE") || sql.startsWith("ALTER"))
                .toList(), "create-table=false: never CREATE or ALTER");
    }

    @Test
    void theStoreCreatesExactlyTheTableAndIndexesOfTheShippedDdl() throws SQLException {
        String fromFile = schema();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + fromFile);
            SchemaFiles.run(connection, "postgresql");
        }
        String byStore = schema();
        JdbcTokenStore.open(dataSource, byStore + "." + JdbcTokenStore.TABLE, true, clock);
        assertEquals(shape(fromFile), shape(byStore));
        assertEquals(3, shape(byStore).stream().filter(line -> line.startsWith("CREATE")).count(), shape(byStore).toString());
    }

    /** @return the columns (name, type, length, nullable, in order) and the index definitions of a schema's table */
    private static List<String> shape(String schema) throws SQLException {
        List<String> shape = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("SELECT column_name, data_type, character_maximum_length,"
                    + " is_nullable FROM information_schema.columns WHERE table_schema = '" + schema + "'"
                    + " AND table_name = 'cdi_login_remember' ORDER BY ordinal_position")) {
                while (columns.next()) {
                    shape.add(columns.getString(1) + " " + columns.getString(2) + " " + columns.getString(3) + " "
                            + columns.getString(4));
                }
            }
            try (ResultSet indexes = statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = '"
                    + schema + "' ORDER BY indexname")) {
                while (indexes.next()) {
                    shape.add(indexes.getString(1).replace(schema + ".", ""));
                }
            }
        }
        return shape;
    }

    // Members starting at once.

    @Test
    void eightMembersStartingAtOnceAllStartOnOneTable() throws Exception {
        for (int round = 0; round < 5; round++) {
            String schema = schema();
            // each member's connections see the new schema first, as members configured for it would
            PGSimpleDataSource members = new PGSimpleDataSource();
            members.setURL(postgres.jdbcUrl() + "?currentSchema=" + schema);
            members.setUser(postgres.user());
            members.setPassword(postgres.password());
            assertEquals(8, JdbcTokenStoreTest.startAtOnce(members, 8, clock).size());
            assertEquals(3, shape(schema).stream().filter(line -> line.startsWith("CREATE")).count(),
                    "one table, its key and two indexes, each made once: " + shape(schema));
        }
    }

    // Plans.

    @Test
    void everyStatementOfTheStoreUsesAnIndexOnATableOf20000Series() throws SQLException {
        String schema = schema();
        String table = schema + "." + JdbcTokenStore.TABLE;
        JdbcTokenStore store = JdbcTokenStore.open(dataSource, table, true, clock);
        fill(table, 2_000, 10);
        sql("ANALYZE " + table);
        RememberRows rows = store.rows();
        long purgeAt = clock.millis() + Duration.ofDays(1).toMillis(); // 1 % of the series have expired then
        String key = "cdi_login_remember_pkey";
        String byUser = "cdi_login_remember_user_idx";
        String byExpiry = "cdi_login_remember_expires_idx";

        assertUsesIndex(rows.find, key, "series-1234");
        assertUsesIndex(rows.replace, key, "h2", "h1", clock.millis(), clock.millis(), "series-1234", "h1");
        assertUsesIndex(rows.delete, key, "series-1234");
        assertUsesIndex(rows.deleteAllFor, byUser, "user-42");
        assertUsesIndex(rows.findAllFor, byUser, "user-42");
        assertUsesIndex(rows.purge, byExpiry, purgeAt);
    }

    /** {@code users} users with {@code each} series each, expiring one a minute from now on over 100 days. */
    private void fill(String table, int users, int each) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                     + " (SERIES, USER_ID, VALIDATOR_HASH, ROTATED_AT, EXPIRES_AT, CREATED_AT, AGENT)"
                     + " VALUES (?, ?, 'h1', ?, ?, ?, 'Firefox on Linux')")) {
            connection.setAutoCommit(false);
            int n = 0;
            for (int user = 0; user < users; user++) {
                for (int i = 0; i < each; i++, n++) {
                    insert.setString(1, "series-" + n);
                    insert.setString(2, "user-" + user);
                    insert.setLong(3, clock.millis());
                    // spread over 100 days, in an order unrelated to the user
                    insert.setLong(4, clock.millis() + (n * 7919L % (users * each)) * Duration.ofDays(100).toMillis() / (users * each));
                    insert.setLong(5, clock.millis());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * EXPLAINs the statement as the store runs it, with its parameters bound, and checks that it reads through
     * the index and never scans the table.
     */
    private static void assertUsesIndex(String sql, String index, Object... parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.add(lines.getString(1));
                }
            }
        }
        String text = sql + "\n" + String.join("\n", plan);
        assertFalse(text.contains("Seq Scan"), "a scan of the table:\n" + text);
        assertTrue(plan.stream().anyMatch(line -> line.contains("Index Scan using " + index)
                || line.contains("Index Only Scan using " + index) || line.contains("Bitmap Index Scan on " + index)),
                "expected the index " + index + ":\n" + text);
    }

    @Test
    void aRestoreOnOneMemberSeesARevocationOnAnotherAtOnce() throws SQLException {
        String table = schema() + "." + JdbcTokenStore.TABLE;
        DataSource shared = dataSource;
        JdbcTokenStore a = JdbcTokenStore.open(shared, table, true, clock);
        JdbcTokenStore b = JdbcTokenStore.open(shared, table, true, clock);
        RememberToken token = token("s1", "alice");
        a.create(token);
        assertEquals(Optional.of(token), b.find("s1"));
        assertTrue(b.replace(token, token.rotated("h2", "h1", clock.instant())));
        assertFalse(a.replace(token, token.rotated("h3", "h1", clock.instant())), "the rotation happens once");
        a.delete("s1");
        assertEquals(Optional.empty(), b.find("s1"));
    }
}

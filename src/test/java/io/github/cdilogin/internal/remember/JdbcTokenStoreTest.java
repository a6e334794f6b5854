package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.RememberToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jdbc store on a real (embedded) database: its columns, also in a table of an older version; the table
 * named by the settings; the table it may not create; members that create it at once; the bounded purge.
 */
class JdbcTokenStoreTest {

    private static final String FIRST_VERSION_TABLE = "CREATE TABLE " + JdbcTokenStore.TABLE
            + " (SERIES VARCHAR(64) NOT NULL PRIMARY KEY, USER_ID VARCHAR(512) NOT NULL, VALIDATOR_HASH VARCHAR(64)"
            + " NOT NULL, PREVIOUS_HASH VARCHAR(64), ROTATED_AT BIGINT NOT NULL, EXPIRES_AT BIGINT NOT NULL)";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final List<String> warnings = new ArrayList<>();
    private final Handler warningsHandler = new Handler() {
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
    private JdbcDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = h2();
        Logger.getLogger(RememberTable.class.getName()).addHandler(warningsHandler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(RememberTable.class.getName()).removeHandler(warningsHandler);
    }

    private static JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private JdbcTokenStore store(boolean createTable) throws SQLException {
        return JdbcTokenStore.open(dataSource, JdbcTokenStore.TABLE, createTable, clock);
    }

    private RememberToken token(String series, String user) {
        return new RememberToken(series, user, "h1", null, clock.instant(), clock.instant().plus(Duration.ofDays(1)),
                "stampHash22characters_", clock.instant().minusSeconds(5), "Firefox on Linux");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    // Columns.

    @Test
    void newTableKeepsTheStampTheStartAndTheBrowserThroughRotationAndExtension() throws SQLException {
        JdbcTokenStore store = store(true);
        RememberToken token = token("s1", "alice");
        store.create(token);
        assertEquals(Optional.of(token), store.find("s1"));

        RememberToken rotated = token.rotated("h2", "h1", clock.instant().plusSeconds(60));
        assertTrue(store.replace(token, rotated));
        assertEquals(Optional.of(rotated), store.find("s1"), "a rotation keeps stamp, createdAt and agent");

        RememberToken extended = rotated.expiringAt(rotated.expiresAt().plus(Duration.ofDays(30)));
        assertTrue(store.replace(rotated, extended));
        assertEquals(Optional.of(extended), store.find("s1"), "an extension keeps stamp, createdAt and agent");
        assertEquals("Firefox on Linux", store.find("s1").orElseThrow().agent());
    }

    @Test
    void aSeriesWithoutStartOrBrowserReadsBackWithout() throws SQLException {
        JdbcTokenStore store = store(true);
        RememberToken bare = new RememberToken("s1", "alice", "h1", null, clock.instant(), clock.instant().plusSeconds(60));
        store.create(bare);
        assertEquals(Optional.of(bare), store.find("s1"));
    }

    @Test
    void aLongBrowserSummaryIsCutToTheColumnInsteadOfFailingTheLogin() throws SQLException {
        JdbcTokenStore store = store(true);
        String longAgent = "x".repeat(127) + "\uD83D\uDE00" + "y".repeat(500); // an emoji across the cut
        store.create(new RememberToken("s1", "alice", "h1", null, clock.instant(), clock.instant().plusSeconds(60),
                null, clock.instant(), longAgent));
        assertEquals("x".repeat(127), store.find("s1").orElseThrow().agent(), "cut before a half of a character");
    }

    @Test
    void tableOfTheFirstVersionGetsEveryNewColumnAndKeepsItsSeries() throws SQLException {
        Instant end = clock.instant().plus(Duration.ofDays(1));
        sql(FIRST_VERSION_TABLE, "INSERT INTO " + JdbcTokenStore.TABLE + " VALUES ('old', 'alice', 'h1', NULL, "
                + clock.millis() + ", " + end.toEpochMilli() + ")");
        JdbcTokenStore store = store(true);
        assertEquals(Optional.of(new RememberToken("old", "alice", "h1", null, clock.instant(), end)), store.find("old"),
                "a series of the older version reads, without stamp, start or browser");
        RememberToken full = token("new", "alice");
        store.create(full);
        assertEquals(Optional.of(full), store.find("new"));
        assertEquals(List.of(), warnings, "the columns could be added: nothing to warn about");
    }

    @Test
    void tableWithTheStampButNotTheDeviceColumnsGetsThem() throws SQLException {
        sql(FIRST_VERSION_TABLE, "ALTER TABLE " + JdbcTokenStore.TABLE + " ADD STAMP_HASH VARCHAR(64)");
        JdbcTokenStore store = store(true);
        RememberToken full = token("new", "alice");
        store.create(full);
        assertEquals(Optional.of(full), store.find("new"));
    }

    @Test
    void findAllForListsEveryOneOfTheUsersSeriesAndNoOneElses() throws SQLException {
        JdbcTokenStore store = store(true);
        store.create(token("a1", "alice"));
        store.create(token("a2", "alice"));
        store.create(token("b1", "bob"));
        assertEquals(Set.of("a1", "a2"), series(store.findAllFor("alice")));
        assertEquals(Set.of("b1"), series(store.findAllFor("bob")));
        assertEquals(List.of(), store.findAllFor("carol"));
        assertEquals(List.of(), store.findAllFor("alice' OR '1'='1"), "a user id is a value, never SQL");

        store.deleteAllFor("alice");
        assertEquals(List.of(), store.findAllFor("alice"));
        assertEquals(Set.of("b1"), series(store.findAllFor("bob")), "another user's series stay");
    }

    private static Set<String> series(List<RememberToken> tokens) {
        Set<String> series = new TreeSet<>();
        tokens.forEach(token -> series.add(token.series()));
        return series;
    }

    // The table's name.

    @Test
    void theTableOfTheSettingIsTheOneUsedAlsoInAnotherSchema() throws SQLException {
        sql("CREATE SCHEMA AUTH");
        JdbcTokenStore store = JdbcTokenStore.open(dataSource, "AUTH.REMEMBERED", true, clock);
        store.create(token("s1", "alice"));
        assertEquals(1, count("AUTH.REMEMBERED"));
        assertFalse(exists(JdbcTokenStore.TABLE), "the default table must not be made too");
        assertEquals(Set.of("USER_ID", "EXPIRES_AT", "SERIES"), indexedColumns("AUTH", "REMEMBERED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDI_LOGIN_REMEMBER; DROP TABLE USERS", "\"QUOTED\"", "a.b.c", "1TABLE", "REMEMBER--",
            "REM EMBER", "RÉMEMBER", ""})
    void aTableNameThatIsNotPlainSqlIsRefusedBeforeAnyStatementRuns(String name) {
        SpyDataSource spy = new SpyDataSource(dataSource);
        assertThrows(IllegalArgumentException.class, () -> JdbcTokenStore.open(spy.dataSource(), name, true, clock));
        assertEquals(0, spy.connections.get(), "no connection, no SQL, for a name that is not plain SQL");
    }

    // Indexes.

    @Test
    void theNewTableHasAnIndexForEveryQuery() throws SQLException {
        store(true);
        assertEquals(Set.of("SERIES", "USER_ID", "EXPIRES_AT"), indexedColumns("PUBLIC", JdbcTokenStore.TABLE));
    }

    @Test
    void aTableOfAnOlderVersionGetsTheIndexes() throws SQLException {
        sql(FIRST_VERSION_TABLE);
        store(true);
        assertEquals(Set.of("SERIES", "USER_ID", "EXPIRES_AT"), indexedColumns("PUBLIC", JdbcTokenStore.TABLE));
    }

    @Test
    void anIndexTheTeamMadeUnderAnotherNameIsNotMadeTwice() throws SQLException {
        sql(FIRST_VERSION_TABLE, "CREATE INDEX BY_USER ON " + JdbcTokenStore.TABLE + " (USER_ID)");
        SpyDataSource spy = new SpyDataSource(dataSource);
        JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, true, clock);
        assertEquals(1, spy.statements.stream().filter(sql -> sql.startsWith("CREATE INDEX")).count(), spy.statements.toString());
        assertTrue(spy.statements.contains("CREATE INDEX CDI_LOGIN_REMEMBER_EXPIRES_IDX ON CDI_LOGIN_REMEMBER (EXPIRES_AT)"),
                spy.statements.toString());
    }

    // create-table=false.

    @Test
    void withCreateTableFalseAMissingTableFailsNamingTheTableTheSettingAndTheDdl() {
        SpyDataSource spy = new SpyDataSource(dataSource);
        MissingTableException failure = assertThrows(MissingTableException.class,
                () -> JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, false, clock));
        assertTrue(failure.getMessage().startsWith("CDILOGIN-035: cdi-login.remember-store.create-table is false"),
                failure.getMessage());
        for (String part : new String[] {"CDI_LOGIN_REMEMBER", "the table itself", "META-INF/cdi-login/schema/<database>.sql"}) {
            assertTrue(failure.getMessage().contains(part), "expected '" + part + "' in " + failure.getMessage());
        }
        assertEquals(List.of(), spy.statements.stream().filter(sql -> !sql.startsWith("SELECT")).toList(),
                "only probes: nothing created");
    }

    @Test
    void withCreateTableFalseAMissingColumnFailsNamingItAndNothingIsAltered() throws SQLException {
        sql(FIRST_VERSION_TABLE, "ALTER TABLE " + JdbcTokenStore.TABLE + " ADD STAMP_HASH VARCHAR(64)");
        SpyDataSource spy = new SpyDataSource(dataSource);
        MissingTableException failure = assertThrows(MissingTableException.class,
                () -> JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, false, clock));
        assertTrue(failure.getMessage().contains("lacks the column CREATED_AT"), failure.getMessage());
        assertEquals(List.of(), spy.statements.stream().filter(sql -> !sql.startsWith("SELECT")).toList());
    }

    @Test
    void withCreateTableFalseAMissingIndexIsAWarningWithItsDdlAndIsNotMade() throws SQLException {
        sql(FIRST_VERSION_TABLE, "ALTER TABLE " + JdbcTokenStore.TABLE + " ADD STAMP_HASH VARCHAR(64)",
                "ALTER TABLE " + JdbcTokenStore.TABLE + " ADD CREATED_AT BIGINT",
                "ALTER TABLE " + JdbcTokenStore.TABLE + " ADD AGENT VARCHAR(128)");
        SpyDataSource spy = new SpyDataSource(dataSource);
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, false, clock);
        assertEquals(List.of(), spy.statements.stream().filter(sql -> !sql.startsWith("SELECT")).toList());
        assertEquals(Set.of("SERIES"), indexedColumns("PUBLIC", JdbcTokenStore.TABLE));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("CDILOGIN-037") && warnings.get(0).contains(
                "CREATE INDEX CDI_LOGIN_REMEMBER_USER_IDX ON CDI_LOGIN_REMEMBER (USER_ID)"), warnings.get(0));
        store.create(token("s1", "alice"));
        assertEquals(1, store.findAllFor("alice").size(), "the store works, only slower");
    }

    @Test
    void withCreateTableFalseTheShippedDdlIsAllTheStoreNeeds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SchemaFiles.run(connection, "h2");
        }
        SpyDataSource spy = new SpyDataSource(dataSource);
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, false, clock);
        assertEquals(List.of(), warnings);
        RememberToken token = token("s1", "alice");
        store.create(token);
        RememberToken rotated = token.rotated("h2", "h1", clock.instant());
        assertTrue(store.replace(token, rotated));
        assertEquals(List.of(rotated), store.findAllFor("alice"));
        store.delete("s1");
        assertEquals(Optional.empty(), store.find("s1"));
        assertEquals(List.of(), spy.statements.stream().filter(sql -> sql.startsWith("CREATE") || sql.startsWith("ALTER"))
                .toList(), "create-table=false: never CREATE or ALTER");
    }

    // Members starting at once.

    @Test
    void aMemberThatLosesTheRaceToCreateTheTableAndIndexesUsesWhatTheWinnerMade() throws SQLException {
        AtomicBoolean tableRaced = new AtomicBoolean();
        AtomicBoolean indexRaced = new AtomicBoolean();
        // Between this member's probe and its CREATE, another member creates the same thing.
        SpyDataSource spy = new SpyDataSource(dataSource).before(sql -> {
            if (sql.startsWith("CREATE TABLE") && tableRaced.compareAndSet(false, true)) {
                sql(sql);
            } else if (sql.startsWith("CREATE INDEX") && indexRaced.compareAndSet(false, true)) {
                sql(sql.replace("CREATE INDEX CDI_LOGIN_REMEMBER_", "CREATE INDEX OTHER_MEMBER_"));
            }
        });
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, true, clock);
        assertTrue(tableRaced.get() && indexRaced.get(), "the race was run");
        store.create(token("s1", "alice"));
        assertEquals(1, store.findAllFor("alice").size());
        assertEquals(List.of(), warnings, "losing the race is no problem to warn about");
    }

    @Test
    void eightMembersStartingAtOnceAllStartOnOneTable() throws Exception {
        for (int round = 0; round < 5; round++) {
            DataSource shared = h2();
            assertEquals(8, startAtOnce(shared, 8, clock).size());
            try (Connection connection = shared.getConnection(); Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_NAME = '" + JdbcTokenStore.TABLE + "'")) {
                tables.next();
                assertEquals(1, tables.getInt(1));
            }
        }
    }

    /** Opens the store from {@code members} threads released at the same moment; fails if any of them fails. */
    static List<JdbcTokenStore> startAtOnce(DataSource shared, int members, MutableClock clock) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(members);
        try {
            CyclicBarrier together = new CyclicBarrier(members);
            List<Future<JdbcTokenStore>> started = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                started.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return JdbcTokenStore.open(shared, JdbcTokenStore.TABLE, true, clock);
                }));
            }
            List<JdbcTokenStore> stores = new ArrayList<>();
            for (Future<JdbcTokenStore> store : started) {
                stores.add(store.get(60, TimeUnit.SECONDS)); // a member that failed to start throws here
            }
            stores.get(0).create(new RememberToken("s", "u", "h", null, clock.instant(), clock.instant().plusSeconds(9)));
            for (JdbcTokenStore store : stores) {
                assertTrue(store.find("s").isPresent(), "every member sees the one table");
            }
            return stores;
        } finally {
            threads.shutdownNow();
        }
    }

    // The purge.

    @Test
    void expiredSeriesArePurgedByAtMostOneLoginPerIntervalNotByEveryLogin() throws SQLException {
        SpyDataSource spy = new SpyDataSource(dataSource);
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, true, clock);
        insertExpired("old1"); // written before this member started, say
        store.create(token("live1", "alice"));
        assertEquals(Optional.empty(), store.find("old1"), "the first login purges");

        insertExpired("old2");
        for (int i = 0; i < 20; i++) {
            store.create(token("live-" + i, "alice"));
        }
        assertTrue(store.find("old2").isPresent(), "logins within the interval do not purge again");
        assertEquals(1, spy.statements.stream().filter(sql -> sql.contains("EXPIRES_AT <")).count(), spy.statements.toString());

        clock.advance(JdbcTokenStore.PURGE_EVERY);
        store.create(token("live2", "alice"));
        assertEquals(Optional.empty(), store.find("old2"), "the first login after the interval purges");
        assertTrue(store.find("live-0").isPresent(), "a purge deletes only expired series");
    }

    private void insertExpired(String series) throws SQLException {
        sql("INSERT INTO " + JdbcTokenStore.TABLE + " (SERIES, USER_ID, VALIDATOR_HASH, ROTATED_AT, EXPIRES_AT) VALUES ('"
                + series + "', 'bob', 'h', " + (clock.millis() - 120_000) + ", " + (clock.millis() - 1) + ")");
    }

    @Test
    void aPurgeThatFailsNeverFailsTheLogin() throws SQLException {
        SpyDataSource spy = new SpyDataSource(dataSource).before(sql -> {
            if (sql.contains("EXPIRES_AT <")) {
                throw new SQLException("lock timeout");
            }
        });
        JdbcTokenStore store = JdbcTokenStore.open(spy.dataSource(), JdbcTokenStore.TABLE, true, clock);
        store.create(token("s1", "alice"));
        assertTrue(store.find("s1").isPresent());
    }

    // Reading the database.

    private int count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private boolean exists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    /** @return the first column of every index of the table */
    private Set<String> indexedColumns(String schema, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet indexes = connection.getMetaData().getIndexInfo(null, schema, table, false, false)) {
            while (indexes.next()) {
                if (indexes.getShort("ORDINAL_POSITION") == 1) {
                    columns.add(indexes.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}

package io.github.cdilogin.internal.remember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.spi.RememberToken;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The jdbc store on a real (embedded) database: the auth stamp's column, also in a table of an older version. */
class JdbcTokenStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private JdbcDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private RememberToken token(String series, String stampHash) {
        return new RememberToken(series, "alice", "h1", null, clock.instant(), clock.instant().plus(Duration.ofDays(1)),
                stampHash);
    }

    @Test
    void newTableKeepsTheStampHashThroughRotation() throws SQLException {
        JdbcTokenStore store = new JdbcTokenStore(dataSource, clock);
        store.createTableIfMissing();
        RememberToken token = token("s1", "stampHash22characters_");
        store.create(token);
        assertEquals(Optional.of(token), store.find("s1"));
        RememberToken rotated = new RememberToken("s1", "alice", "h2", "h1", clock.instant(), token.expiresAt(),
                token.stampHash());
        assertTrue(store.replace(token, rotated));
        assertEquals(Optional.of(rotated), store.find("s1"));
    }

    @Test
    void tableOfAnOlderVersionGetsTheColumnAndKeepsItsSeries() throws SQLException {
        Instant end = clock.instant().plus(Duration.ofDays(1));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + JdbcTokenStore.TABLE + " (SERIES VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " USER_ID VARCHAR(512) NOT NULL, VALIDATOR_HASH VARCHAR(64) NOT NULL, PREVIOUS_HASH VARCHAR(64),"
                    + " ROTATED_AT BIGINT NOT NULL, EXPIRES_AT BIGINT NOT NULL)");
            statement.executeUpdate("INSERT INTO " + JdbcTokenStore.TABLE + " VALUES ('old', 'alice', 'h1', NULL, "
                    + clock.millis() + ", " + end.toEpochMilli() + ")");
        }
        JdbcTokenStore store = new JdbcTokenStore(dataSource, clock);
        store.createTableIfMissing();
        assertEquals(Optional.of(new RememberToken("old", "alice", "h1", null, clock.instant(), end)), store.find("old"),
                "a series of the older version reads, without a stamp");
        RememberToken stamped = token("new", "stampHash22characters_");
        store.create(stamped);
        assertEquals(Optional.of(stamped), store.find("new"));
    }
}

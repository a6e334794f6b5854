package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.internal.remember.MutableClock;
import io.github.cdilogin.internal.session.Logouts.Answer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The logout record in the shared database's table, for clusters without JCache, on a real (embedded) database. */
class JdbcLogoutsTest {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private JdbcDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private SharedLogouts member() throws SQLException {
        JdbcLogouts place = new JdbcLogouts(dataSource, clock);
        place.createTableIfMissing();
        return new SharedLogouts(place, clock, Duration.ofDays(1));
    }

    @Test
    void aLogoutOnOneMemberIsRefusedOnAnotherThatSharesTheDatabase() throws SQLException {
        SharedLogouts a = member();
        SharedLogouts b = member(); // finds the table A created
        long created = clock.millis() - 1;
        b.loggedOut("session-1", LIFETIME);

        assertEquals(Answer.ENDED, a.check("session-1", created));
        assertEquals(Answer.LIVE, a.check("session-2", created));
        clock.advance(LIFETIME.plusMillis(LogoutBucket.CLOCK_MARGIN_MILLIS));
        assertEquals(Answer.LIVE, a.check("session-1", created));
    }

    @Test
    void theTableHoldsAtMostOneRowPerBucketAndEveryLogoutIsStillRefused() throws SQLException {
        SharedLogouts a = member();
        SharedLogouts b = member();
        int count = 2_000; // the 100,000-logout bound is SharedLogoutsTest's; here the table under two members
        List<String> ids = new ArrayList<>(count);
        long created = clock.millis() - 1;
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
            (i % 2 == 0 ? a : b).loggedOut(ids.get(i), LIFETIME);
        }

        assertTrue(rows() <= SharedLogouts.BUCKETS, "rows: " + rows());
        for (String id : ids) {
            assertEquals(Answer.ENDED, a.check(id, created), id);
        }
    }

    @Test
    void rowsWhoseSessionsCouldNoLongerLiveArePurgedByALaterLogout() throws SQLException {
        SharedLogouts a = member();
        for (int i = 0; i < 50; i++) {
            a.loggedOut("old-" + i, LIFETIME);
        }
        long before = rows();
        clock.advance(Duration.ofHours(2));
        a.loggedOut("new", LIFETIME);

        assertTrue(before > 1, "rows before: " + before);
        assertEquals(1, rows());
    }

    @Test
    void noDataSourceAtThatNameMeansNoTable() {
        assertEquals(null, JdbcLogouts.open("java:comp/env/jdbc/none", clock));
    }

    private long rows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + JdbcLogouts.TABLE)) {
            count.next();
            return count.getLong(1);
        }
    }
}

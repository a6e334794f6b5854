package io.github.cdilogin.internal.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The logout record's buckets in the table {@value #TABLE} of the JDBC remember store's DataSource, for
 * a cluster whose members share that database and have no JCache. One row per bucket (so at most
 * {@value SharedLogouts#BUCKETS} rows, whatever the rate of logouts); a write is a conditional
 * {@code UPDATE} (compare-and-set, atomic in any database) or an {@code INSERT}; the table is created
 * when it is missing. Rows whose instant passed are deleted by a logout, at most once an hour per member:
 * one {@code DELETE} of at most {@value SharedLogouts#BUCKETS} rows.
 */
final class JdbcLogouts implements SharedLogouts.Place {

    static final String TABLE = "CDI_LOGIN_LOGOUTS";

    private static final Logger LOG = Logger.getLogger(JdbcLogouts.class.getName());
    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    JdbcLogouts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.lastPurge.set(clock.millis());
    }

    /**
     * @param name the JNDI name of the DataSource
     * @param clock what decides when rows are purged
     * @return the place, its table created when missing; {@code null} when the DataSource or the table
     *         cannot be used (the caller warns)
     */
    static JdbcLogouts open(String name, Clock clock) {
        try {
            JdbcLogouts logouts = new JdbcLogouts((DataSource) new InitialContext().lookup(name), clock);
            logouts.createTableIfMissing();
            return logouts;
        } catch (NamingException | SQLException | RuntimeException unusable) {
            LOG.log(Level.FINE, "cdi-login: no logout table in " + name, unusable);
            return null;
        }
    }

    void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0").close();
            } catch (SQLException missing) {
                LOG.log(Level.FINE, "cdi-login: creating table " + TABLE, missing);
                statement.executeUpdate("CREATE TABLE " + TABLE + " (BUCKET VARCHAR(2) NOT NULL PRIMARY KEY,"
                        + " ENTRIES VARCHAR(1024) NOT NULL, UNTIL_AT BIGINT NOT NULL)");
            }
        }
    }

    @Override
    public String get(String bucket) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT ENTRIES FROM " + TABLE + " WHERE BUCKET = ?")) {
            select.setString(1, bucket);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cdi-login: the table " + TABLE + " cannot be read", e);
        }
    }

    @Override
    public boolean putIfAbsent(String bucket, String text, long until) {
        purgeNowAndThen();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                     + " (BUCKET, ENTRIES, UNTIL_AT) VALUES (?, ?, ?)")) {
            insert.setString(1, bucket);
            insert.setString(2, text);
            insert.setLong(3, until);
            return insert.executeUpdate() == 1;
        } catch (SQLException takenOrFailed) {
            // Another member inserted the row first (a key violation, spelled differently by each
            // database): the caller reads again. A real failure shows at that read.
            LOG.log(Level.FINE, "cdi-login: INSERT INTO " + TABLE + " refused", takenOrFailed);
            return false;
        }
    }

    @Override
    public boolean replace(String bucket, String old, String text, long until) {
        purgeNowAndThen();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                     + " SET ENTRIES = ?, UNTIL_AT = ? WHERE BUCKET = ? AND ENTRIES = ?")) {
            update.setString(1, text);
            update.setLong(2, until);
            update.setString(3, bucket);
            update.setString(4, old);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cdi-login: the table " + TABLE + " cannot be written", e);
        }
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long last = lastPurge.get();
        if (now - last < PURGE_EVERY_MILLIS || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE UNTIL_AT < ?")) {
            delete.setLong(1, now);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "cdi-login: purging " + TABLE + " failed", e);
        }
    }

    @Override
    public String describe() {
        return "the table " + TABLE;
    }
}

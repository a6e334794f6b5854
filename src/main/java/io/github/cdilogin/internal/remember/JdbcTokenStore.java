package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps series in a table of a DataSource (by default the server's {@code java:comp/DefaultDataSource}),
 * so that remember-me survives a restart with no setup: the table is created when it is missing.
 * Plain, portable SQL; a rotation is one conditional {@code UPDATE}, atomic in any database.
 */
public final class JdbcTokenStore implements RememberTokenStore {

    static final String TABLE = "CDI_LOGIN_REMEMBER";
    private static final Logger LOG = Logger.getLogger(JdbcTokenStore.class.getName());
    private static final String COLUMNS = "SERIES, USER_ID, VALIDATOR_HASH, PREVIOUS_HASH, ROTATED_AT, EXPIRES_AT";
    /** Added after the first release: a table created by an older version gets it by {@code ALTER TABLE}. */
    static final String STAMP_COLUMN = "STAMP_HASH";

    private final DataSource dataSource;
    private final Clock clock;
    /** Whether the table has {@link #STAMP_COLUMN}; without it series are kept without their stamp. */
    private volatile boolean stamps = true;

    /**
     * @param dataSource where the table lives
     * @param clock what decides expiry when expired series are purged
     */
    public JdbcTokenStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Creates the table when it is missing, and adds the auth stamp's column to a table an older version
     * created. When the column cannot be added (no right to alter the table), series are kept without
     * their stamp, with a warning: sessions still check the stamp, remember cookies do not.
     *
     * @throws SQLException when the DataSource cannot be used at all
     */
    public void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0").close();
            } catch (SQLException missing) {
                LOG.log(Level.FINE, "cdi-login: creating table " + TABLE, missing);
                statement.executeUpdate("CREATE TABLE " + TABLE + " (SERIES VARCHAR(64) NOT NULL PRIMARY KEY,"
                        + " USER_ID VARCHAR(512) NOT NULL, VALIDATOR_HASH VARCHAR(64) NOT NULL, PREVIOUS_HASH VARCHAR(64),"
                        + " ROTATED_AT BIGINT NOT NULL, EXPIRES_AT BIGINT NOT NULL, " + STAMP_COLUMN + " VARCHAR(64))");
                return;
            }
            addStampColumnIfMissing(statement);
        }
    }

    private void addStampColumnIfMissing(Statement statement) {
        try {
            statement.executeQuery("SELECT " + STAMP_COLUMN + " FROM " + TABLE + " WHERE 1 = 0").close();
            return;
        } catch (SQLException missing) {
            LOG.log(Level.FINE, "cdi-login: adding column " + STAMP_COLUMN + " to " + TABLE, missing);
        }
        try {
            statement.executeUpdate("ALTER TABLE " + TABLE + " ADD " + STAMP_COLUMN + " VARCHAR(64)");
        } catch (SQLException refused) {
            stamps = false;
            LOG.log(Level.WARNING, Messages.stampColumnMissing(TABLE, STAMP_COLUMN));
            LOG.log(Level.FINE, "cdi-login: ALTER TABLE refused", refused);
        }
    }

    @Override
    public Optional<RememberToken> find(String series) {
        boolean withStamp = stamps;
        return query("SELECT " + COLUMNS + (withStamp ? ", " + STAMP_COLUMN : "") + " FROM " + TABLE + " WHERE SERIES = ?",
                statement -> {
            statement.setString(1, series);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RememberToken(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Instant.ofEpochMilli(row.getLong(5)), Instant.ofEpochMilli(row.getLong(6)),
                        withStamp ? row.getString(7) : null));
            }
        });
    }

    @Override
    public void create(RememberToken token) {
        update("DELETE FROM " + TABLE + " WHERE EXPIRES_AT < ?", s -> s.setLong(1, clock.millis()));
        boolean withStamp = stamps;
        update("INSERT INTO " + TABLE + " (" + COLUMNS + (withStamp ? ", " + STAMP_COLUMN + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                : ") VALUES (?, ?, ?, ?, ?, ?)"), s -> {
            s.setString(1, token.series());
            s.setString(2, token.userId());
            s.setString(3, token.validatorHash());
            s.setString(4, token.previousValidatorHash());
            s.setLong(5, token.rotatedAt().toEpochMilli());
            s.setLong(6, token.expiresAt().toEpochMilli());
            if (withStamp) {
                s.setString(7, token.stampHash());
            }
        });
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        return update("UPDATE " + TABLE + " SET VALIDATOR_HASH = ?, PREVIOUS_HASH = ?, ROTATED_AT = ?, EXPIRES_AT = ?"
                + " WHERE SERIES = ? AND VALIDATOR_HASH = ?", s -> {
                    s.setString(1, next.validatorHash());
                    s.setString(2, next.previousValidatorHash());
                    s.setLong(3, next.rotatedAt().toEpochMilli());
                    s.setLong(4, next.expiresAt().toEpochMilli());
                    s.setString(5, current.series());
                    s.setString(6, current.validatorHash());
                }) == 1;
    }

    @Override
    public void delete(String series) {
        update("DELETE FROM " + TABLE + " WHERE SERIES = ?", s -> s.setString(1, series));
    }

    @Override
    public void deleteAllFor(String userId) {
        update("DELETE FROM " + TABLE + " WHERE USER_ID = ?", s -> s.setString(1, userId));
    }

    private interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binding binding) {
        return query(sql, statement -> {
            binding.bind(statement);
            return statement.executeUpdate();
        });
    }

    private <T> T query(String sql, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.tableUnusable(TABLE, e.getMessage()), e);
        }
    }
}

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

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param dataSource where the table lives
     * @param clock what decides expiry when expired series are purged
     */
    public JdbcTokenStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Creates the table when it is missing.
     *
     * @throws SQLException when the DataSource cannot be used at all
     */
    public void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0").close();
                return;
            } catch (SQLException missing) {
                LOG.log(Level.FINE, "cdi-login: creating table " + TABLE, missing);
            }
            statement.executeUpdate("CREATE TABLE " + TABLE + " (SERIES VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " USER_ID VARCHAR(512) NOT NULL, VALIDATOR_HASH VARCHAR(64) NOT NULL, PREVIOUS_HASH VARCHAR(64),"
                    + " ROTATED_AT BIGINT NOT NULL, EXPIRES_AT BIGINT NOT NULL)");
        }
    }

    @Override
    public Optional<RememberToken> find(String series) {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE SERIES = ?", statement -> {
            statement.setString(1, series);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RememberToken(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Instant.ofEpochMilli(row.getLong(5)), Instant.ofEpochMilli(row.getLong(6))));
            }
        });
    }

    @Override
    public void create(RememberToken token) {
        update("DELETE FROM " + TABLE + " WHERE EXPIRES_AT < ?", s -> s.setLong(1, clock.millis()));
        update("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, token.series());
            s.setString(2, token.userId());
            s.setString(3, token.validatorHash());
            s.setString(4, token.previousValidatorHash());
            s.setLong(5, token.rotatedAt().toEpochMilli());
            s.setLong(6, token.expiresAt().toEpochMilli());
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

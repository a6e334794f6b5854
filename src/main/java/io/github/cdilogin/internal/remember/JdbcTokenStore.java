package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps series in a table of a DataSource (by default the server's {@code java:comp/DefaultDataSource},
 * table {@code CDI_LOGIN_REMEMBER}), so that remember-me survives a restart and members that share the
 * database share the series. The table is created when it is missing, unless
 * {@code cdi-login.remember-store.create-table} is {@code false} ({@link RememberTable}). Plain, portable SQL,
 * each statement served by an index ({@link RememberRows}); a rotation is one conditional {@code UPDATE},
 * atomic in any database.
 *
 * <p>Expired series are deleted at most once per {@link #PURGE_EVERY} and member, by the login that finds the
 * purge due, through the index on {@code EXPIRES_AT}: its work is the rows that expired since the last purge,
 * not the table. (Bounding it in rows too would need each database's own syntax, {@code LIMIT}, {@code TOP},
 * {@code ROWNUM}; with the index and the interval, a purge already touches only the series that expired in
 * one interval. A purge that fails is logged at FINE and left to the next one; it never fails the login.)
 */
public final class JdbcTokenStore implements RememberTokenStore {

    /** The default table. */
    static final String TABLE = "CDI_LOGIN_REMEMBER";
    /** How many characters the {@code AGENT} column holds: a longer summary is cut. */
    static final int AGENT_LENGTH = 128;
    /** At most one purge of expired series per member in this time. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(JdbcTokenStore.class.getName());

    private final DataSource dataSource;
    private final String table;
    private final RememberRows rows;
    private final Clock clock;
    /** When the last purge began, {@code Long.MIN_VALUE} before the first: the first login purges. */
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE);

    private JdbcTokenStore(DataSource dataSource, String table, RememberRows rows, Clock clock) {
        this.dataSource = dataSource;
        this.table = table;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Makes the table ready and opens the store on it.
     *
     * @param dataSource where the table lives
     * @param table its name: a plain SQL name, optionally schema-qualified ({@code cdi-login.remember-store.table})
     * @param createTable whether missing parts of the table may be created ({@code cdi-login.remember-store.create-table})
     * @param clock what decides expiry when expired series are purged
     * @return the store
     * @throws SQLException when the database cannot be used, or the table is missing and cannot be created
     * @throws MissingTableException when the table may not be created and a part of it is missing
     * @throws IllegalArgumentException when the name is not a plain SQL name (the settings check it first)
     */
    public static JdbcTokenStore open(DataSource dataSource, String table, boolean createTable, Clock clock)
            throws SQLException {
        // The settings refuse such a name already; checked here too, since it becomes part of every statement.
        if (!SettingsReader.SQL_TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain SQL table name: " + table);
        }
        RememberRows rows = new RememberRows(table, new RememberTable(dataSource, table, createTable).prepare());
        return new JdbcTokenStore(dataSource, table, rows, clock);
    }

    /** @return the statements this store runs, for the tests of their plans */
    RememberRows rows() {
        return rows;
    }

    @Override
    public Optional<RememberToken> find(String series) {
        return query(rows.find, statement -> {
            statement.setString(1, series);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(rows.read(row)) : Optional.empty();
            }
        });
    }

    @Override
    public List<RememberToken> findAllFor(String userId) {
        return query(rows.findAllFor, statement -> {
            statement.setString(1, userId);
            List<RememberToken> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(rows.read(row));
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public void create(RememberToken token) {
        purgeWhenDue();
        update(rows.insert, statement -> rows.bindInsert(statement, token));
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        return update(rows.replace, statement -> RememberRows.bindReplace(statement, current, next)) == 1;
    }

    @Override
    public void delete(String series) {
        update(rows.delete, statement -> statement.setString(1, series));
    }

    @Override
    public void deleteAllFor(String userId) {
        update(rows.deleteAllFor, statement -> statement.setString(1, userId));
    }

    /** One member's logins purge at most once per interval: the first to see it due wins the compare-and-set. */
    private void purgeWhenDue() {
        long now = clock.millis();
        long last = lastPurge.get();
        if (last != Long.MIN_VALUE && now - last < PURGE_EVERY.toMillis() || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            int purged = update(rows.purge, statement -> statement.setLong(1, now));
            LOG.fine(() -> "cdi-login: purged " + purged + " expired remember series");
        } catch (IllegalStateException failed) {
            LOG.log(Level.FINE, "cdi-login: the purge of expired remember series failed; the next one retries", failed);
        }
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
            throw new IllegalStateException(Messages.tableUnusable(table, e.getMessage()), e);
        }
    }
}

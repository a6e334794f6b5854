package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.Messages;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The JDBC store's table, once at start: checks that it has what the store needs and, when it may, creates
 * what is missing (the table, the columns later versions added, the indexes). The DDL is the one the jar ships
 * in {@code META-INF/cdi-login/schema/<database>.sql}.
 *
 * <p>Several members may start at once on one database, and {@code CREATE TABLE IF NOT EXISTS} is not
 * portable (Oracle before 23, SQL Server) nor free of races where it exists (PostgreSQL can still fail on
 * its catalogue's unique index, the race of knox #567). So each step is: probe; on missing, create; when the
 * creation fails, probe again and accept what another member made meanwhile.
 */
final class RememberTable {

    /** Columns later versions added: a table of an older version gets them by {@code ALTER TABLE} when it can. */
    enum OptionalColumn {
        /** The hash of the user's auth stamp at issue. */
        STAMP_HASH,
        /** When the series was issued (epoch milliseconds), for the device list. */
        CREATED_AT,
        /** A short summary of the browser that logged in, for the device list. */
        AGENT;

        String type(SqlTypes types) {
            return switch (this) {
                case STAMP_HASH -> types.text(64);
                case CREATED_AT -> types.bigint();
                case AGENT -> types.text(JdbcTokenStore.AGENT_LENGTH);
            };
        }
    }

    private static final Logger LOG = Logger.getLogger(RememberTable.class.getName());

    private final DataSource dataSource;
    private final String name;
    private final boolean create;

    /**
     * @param dataSource where the table lives
     * @param name its name, already checked to be a plain SQL name
     * @param create whether missing parts are created ({@code cdi-login.remember-store.create-table})
     */
    RememberTable(DataSource dataSource, String name, boolean create) {
        this.dataSource = dataSource;
        this.name = name;
        this.create = create;
    }

    /**
     * Makes the table ready for the store.
     *
     * @return the optional columns the table has (a column that could not be added is left out, with a warning)
     * @throws SQLException when the database cannot be used, or the table is missing and cannot be created
     * @throws MissingTableException when the store may not create the table and a part it needs is missing
     */
    Set<OptionalColumn> prepare() throws SQLException {
        SqlTypes types = types();
        if (!has("SELECT COUNT(*) FROM " + name + " WHERE 1 = 0")) {
            if (!create) {
                throw new MissingTableException(Messages.rememberTableMissing(name, "the table itself"));
            }
            createOrAccept("CREATE TABLE " + name + " (" + columnsDdl(types) + ")",
                    "SELECT COUNT(*) FROM " + name + " WHERE 1 = 0");
        }
        Set<OptionalColumn> present = EnumSet.noneOf(OptionalColumn.class);
        List<String> deviceColumnsMissing = new ArrayList<>();
        for (OptionalColumn column : OptionalColumn.values()) {
            if (hasColumn(column, types)) {
                present.add(column);
            } else if (column == OptionalColumn.STAMP_HASH) {
                LOG.warning(Messages.stampColumnMissing(name, column.name()));
            } else {
                deviceColumnsMissing.add(column.name() + " " + column.type(types));
            }
        }
        if (!deviceColumnsMissing.isEmpty()) {
            LOG.warning(Messages.deviceColumnsMissing(name, String.join(", ", deviceColumnsMissing)));
            // both or neither: a device list with a time and no browser, or the other way round, says less than it seems
            present.remove(OptionalColumn.CREATED_AT);
            present.remove(OptionalColumn.AGENT);
        }
        index("USER_ID", "USER_IDX");
        index("EXPIRES_AT", "EXPIRES_IDX");
        return present;
    }

    /** @return the columns of a new table, as the shipped DDL has them */
    static String columnsDdl(SqlTypes types) {
        return "SERIES " + types.text(64) + " NOT NULL PRIMARY KEY, USER_ID " + types.text(512) + " NOT NULL,"
                + " VALIDATOR_HASH " + types.text(64) + " NOT NULL, PREVIOUS_HASH " + types.text(64) + ","
                + " ROTATED_AT " + types.bigint() + " NOT NULL, EXPIRES_AT " + types.bigint() + " NOT NULL,"
                + " STAMP_HASH " + OptionalColumn.STAMP_HASH.type(types) + ", CREATED_AT "
                + OptionalColumn.CREATED_AT.type(types) + ", AGENT " + OptionalColumn.AGENT.type(types);
    }

    /**
     * @param table the table's name, perhaps schema-qualified
     * @param suffix what follows the table's own name
     * @return an index name: the table's name without its schema (the index lives in the table's schema), cut so
     *         that the whole fits in 30 characters (Oracle before 12.2)
     */
    static String indexName(String table, String suffix) {
        String base = table.substring(table.indexOf('.') + 1);
        int room = 30 - suffix.length() - 1;
        return (base.length() > room ? base.substring(0, room) : base) + "_" + suffix;
    }

    private boolean hasColumn(OptionalColumn column, SqlTypes types) throws SQLException {
        String probe = "SELECT " + column.name() + " FROM " + name + " WHERE 1 = 0";
        if (has(probe)) {
            return true;
        }
        if (!create) {
            throw new MissingTableException(Messages.rememberTableMissing(name, "the column " + column.name()));
        }
        try {
            createOrAccept("ALTER TABLE " + name + " ADD " + column.name() + " " + column.type(types), probe);
            return true;
        } catch (SQLException refused) {
            LOG.log(Level.FINE, "cdi-login: ALTER TABLE refused", refused);
            return false;
        }
    }

    private void index(String column, String suffix) throws SQLException {
        if (hasIndexOn(column)) {
            return;
        }
        String ddl = "CREATE INDEX " + indexName(name, suffix) + " ON " + name + " (" + column + ")";
        if (create) {
            try {
                execute(ddl);
                return;
            } catch (SQLException failed) {
                if (hasIndexOn(column)) {
                    return; // another member made it meanwhile
                }
                LOG.log(Level.FINE, "cdi-login: CREATE INDEX failed", failed);
            }
        }
        LOG.warning(Messages.rememberIndexMissing(name, column, ddl));
    }

    /** Runs a creation; when it fails, accepts it if the probe now succeeds (another member created it meanwhile). */
    private void createOrAccept(String ddl, String probe) throws SQLException {
        LOG.fine(() -> "cdi-login: " + ddl);
        try {
            execute(ddl);
        } catch (SQLException failed) {
            if (!has(probe)) {
                throw failed;
            }
            LOG.log(Level.FINE, "cdi-login: another member made it first", failed);
        }
    }

    /**
     * @return whether the query runs; a connection that cannot be had is an error, not a "no"
     */
    private boolean has(String probe) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery(probe).close();
                return true;
            } catch (SQLException missing) {
                endFailedTransaction(connection);
                return false;
            }
        }
    }

    private void execute(String ddl) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(ddl);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException failed) {
                endFailedTransaction(connection);
                throw failed;
            }
        }
    }

    /** PostgreSQL refuses every later statement of a transaction that had an error: end it before the pool reuses it. */
    private static void endFailedTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed next anyway
        }
    }

    /**
     * Whether some index (of any name: a team's migrations may name it otherwise) begins with the column. The
     * metadata wants the table's name as the database stored it: unquoted names are upper case in H2 and Oracle,
     * lower case in PostgreSQL, as written in MySQL; each spelling is tried.
     */
    private boolean hasIndexOn(String column) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            Set<String> spellings = new LinkedHashSet<>(List.of(name, name.toUpperCase(Locale.ROOT),
                    name.toLowerCase(Locale.ROOT)));
            for (String spelling : spellings) {
                int dot = spelling.indexOf('.');
                // unqualified: the connection's own schema, not a table of that name in another one
                String schema = dot < 0 ? connection.getSchema() : spelling.substring(0, dot);
                try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), schema, spelling.substring(dot + 1),
                        false, true)) {
                    while (indexes.next()) {
                        if (indexes.getShort("ORDINAL_POSITION") == 1
                                && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (SQLException unknown) {
            LOG.log(Level.FINE, "cdi-login: the database's list of indexes cannot be read", unknown);
            return false;
        }
    }

    private SqlTypes types() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SqlTypes.of(connection.getMetaData().getDatabaseProductName());
        }
    }
}

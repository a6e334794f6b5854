package io.github.cdilogin.internal.remember;

import io.github.cdilogin.internal.remember.RememberTable.OptionalColumn;
import io.github.cdilogin.spi.RememberToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How a {@link RememberToken} is a row of the JDBC store's table: every statement the store runs, made once at
 * start for the table's name and the columns it has, and the reading and writing of a row. Each statement is
 * served by an index: the primary key on {@code SERIES} (find, replace, delete), {@code <table>_USER_IDX}
 * (the user's series), {@code <table>_EXPIRES_IDX} (the purge).
 */
final class RememberRows {

    private static final List<String> BASE = List.of("SERIES", "USER_ID", "VALIDATOR_HASH", "PREVIOUS_HASH",
            "ROTATED_AT", "EXPIRES_AT");

    private final Set<OptionalColumn> optional;
    final String find;
    final String findAllFor;
    final String insert;
    final String replace;
    final String delete;
    final String deleteAllFor;
    final String purge;

    /**
     * @param table the table's name, already checked to be a plain SQL name
     * @param optional the optional columns it has
     */
    RememberRows(String table, Set<OptionalColumn> optional) {
        this.optional = Set.copyOf(optional);
        List<String> columns = new ArrayList<>(BASE);
        for (OptionalColumn column : OptionalColumn.values()) {
            if (optional.contains(column)) {
                columns.add(column.name());
            }
        }
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
        find = select + " WHERE SERIES = ?";
        findAllFor = select + " WHERE USER_ID = ?";
        insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        // Sets only what a rotation or an extension changes: the stamp, the start and the browser stay as they are.
        replace = "UPDATE " + table + " SET VALIDATOR_HASH = ?, PREVIOUS_HASH = ?, ROTATED_AT = ?, EXPIRES_AT = ?"
                + " WHERE SERIES = ? AND VALIDATOR_HASH = ?";
        delete = "DELETE FROM " + table + " WHERE SERIES = ?";
        deleteAllFor = "DELETE FROM " + table + " WHERE USER_ID = ?";
        purge = "DELETE FROM " + table + " WHERE EXPIRES_AT < ?";
    }

    /** @return whether the table keeps the auth stamp's hash */
    boolean keepsStamps() {
        return optional.contains(OptionalColumn.STAMP_HASH);
    }

    /** @return whether the table keeps when a series began and which browser began it */
    boolean keepsDevices() {
        return optional.contains(OptionalColumn.AGENT);
    }

    /** Binds a new series to {@link #insert}. */
    void bindInsert(PreparedStatement statement, RememberToken token) throws SQLException {
        statement.setString(1, token.series());
        statement.setString(2, token.userId());
        statement.setString(3, token.validatorHash());
        statement.setString(4, token.previousValidatorHash());
        statement.setLong(5, token.rotatedAt().toEpochMilli());
        statement.setLong(6, token.expiresAt().toEpochMilli());
        int next = 7;
        if (keepsStamps()) {
            statement.setString(next++, token.stampHash());
        }
        if (keepsDevices()) {
            if (token.createdAt() == null) {
                statement.setNull(next++, Types.BIGINT);
            } else {
                statement.setLong(next++, token.createdAt().toEpochMilli());
            }
            statement.setString(next, shortened(token.agent()));
        }
    }

    /** Binds a rotation or an extension to {@link #replace}. */
    static void bindReplace(PreparedStatement statement, RememberToken current, RememberToken next) throws SQLException {
        statement.setString(1, next.validatorHash());
        statement.setString(2, next.previousValidatorHash());
        statement.setLong(3, next.rotatedAt().toEpochMilli());
        statement.setLong(4, next.expiresAt().toEpochMilli());
        statement.setString(5, current.series());
        statement.setString(6, current.validatorHash());
    }

    /** Reads the row a result set is on, as {@link #find} and {@link #findAllFor} select it. */
    RememberToken read(ResultSet row) throws SQLException {
        int next = 7;
        String stampHash = keepsStamps() ? row.getString(next++) : null;
        Instant createdAt = null;
        String agent = null;
        if (keepsDevices()) {
            long created = row.getLong(next++);
            createdAt = row.wasNull() ? null : Instant.ofEpochMilli(created);
            agent = row.getString(next);
        }
        return new RememberToken(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                Instant.ofEpochMilli(row.getLong(5)), Instant.ofEpochMilli(row.getLong(6)), stampHash, createdAt, agent);
    }

    /** The column holds {@value JdbcTokenStore#AGENT_LENGTH} characters: a longer summary would fail the login's insert. */
    private static String shortened(String agent) {
        if (agent == null || agent.length() <= JdbcTokenStore.AGENT_LENGTH) {
            return agent;
        }
        int end = JdbcTokenStore.AGENT_LENGTH;
        return agent.substring(0, Character.isHighSurrogate(agent.charAt(end - 1)) ? end - 1 : end);
    }
}

package io.github.cdilogin.example.jpa.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the tests read from, and change in, the example's database, each in its own connection. */
public final class Database {

    private Database() {
    }

    /** @return how many rows {@code SELECT COUNT(*) FROM <from> WHERE <where>} counts, with the one parameter */
    public static int count(String fromWhere, String parameter) {
        try (Connection connection = ExampleServer.postgres().connect();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + fromWhere)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(fromWhere + ": " + e.getMessage(), e);
        }
    }

    /** @return how many remember-me series of this cookie value cdi-login keeps in PostgreSQL (0 or 1) */
    public static int rememberSeries(String cookieValue) {
        String value = cookieValue.startsWith("\"") ? cookieValue.substring(1, cookieValue.length() - 1) : cookieValue;
        // the cookie's value is keyId.series:validator
        return count("cdi_login_remember WHERE series = ?", value.substring(value.indexOf('.') + 1, value.indexOf(':')));
    }

    /** Runs one statement with one parameter, auto-committed, as an administrator would. */
    public static void update(String sql, String parameter) {
        try (Connection connection = ExampleServer.postgres().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}

package io.github.cdilogin.example.jpa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdilogin.example.jpa.it.support.PostgresServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The throwaway PostgreSQL the tests run on: loopback only, its socket and data in its own folder, a
 * stop that keeps the data (for fault tests), and nothing left behind by {@code close()}.
 */
class PostgresServerIT {

    @Test
    void aClusterListensOnLoopbackOnlyKeepsItsDataAcrossAStopAndLeavesNothingBehind() throws Exception {
        Path folder;
        int port;
        try (PostgresServer postgres = PostgresServer.start()) {
            folder = postgres.folder();
            port = postgres.port();
            try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
                assertEquals("127.0.0.1", value(sql, "SHOW listen_addresses"));
                assertEquals(folder.toString(), value(sql, "SHOW unix_socket_directories"));
                assertEquals(PostgresServer.DATABASE, value(sql, "SELECT current_database()"));
                sql.execute("CREATE TABLE kept (id INT)");
                sql.execute("INSERT INTO kept VALUES (42)");
            }
            assertTrue(Files.exists(folder.resolve(".s.PGSQL." + port)), "the Unix socket should be in the cluster's folder");
            assertFalse(Files.exists(Path.of("/var/run/postgresql/.s.PGSQL." + port)), "a socket outside the folder");

            postgres.stop();
            assertFalse(postgres.isRunning());
            assertThrows(SQLException.class, postgres::connect, "a stopped server took a connection");

            postgres.startAgain();
            try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
                assertEquals("42", value(sql, "SELECT id FROM kept"), "the data should survive a stop");
            }
        }
        assertFalse(Files.exists(folder), "close() should delete the cluster's folder");
        assertFalse(accepts(port), "close() should stop the server");
    }

    private static String value(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}

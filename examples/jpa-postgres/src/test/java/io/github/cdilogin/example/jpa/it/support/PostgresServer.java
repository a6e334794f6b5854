package io.github.cdilogin.example.jpa.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL for tests: Debian's server binaries ({@code initdb}, {@code pg_ctl}), a new
 * cluster in a temporary folder, listening on 127.0.0.1 and a free port only (its Unix socket in that
 * folder, no system service), a database {@value #DATABASE} owned by a password-protected superuser,
 * and everything deleted by {@link #close()} (or, when a test run ends without it, by a JVM shutdown
 * hook). PostgreSQL refuses to run as root, so as root the server runs as an
 * unprivileged account ({@code postgres}, which Debian's package makes, else {@code nobody}) through
 * {@code runuser}; as anyone else it runs as that user.
 *
 * <pre>{@code
 * try (PostgresServer postgres = PostgresServer.start()) {
 *     String url = postgres.jdbcUrl();             // jdbc:postgresql://127.0.0.1:<port>/cdilogin
 *     try (Connection c = postgres.connect()) { ... }
 *     postgres.stop();                             // a fault: the port refuses connections, data kept
 *     postgres.startAgain();                       // same port, same data
 * }
 * }</pre>
 *
 * <p>Settings: {@code -Dpostgres.bin=/usr/lib/postgresql/15/bin} (else {@code PG_BIN}, else the newest
 * {@code /usr/lib/postgresql/<version>/bin}, else the {@code PATH}); {@code -Dpostgres.osUser=...} the
 * account that runs it when the tests run as root; {@code -Dpostgres.tmpdir=...} where its folder is made
 * ({@code /tmp} when it runs as another account, which must reach the folder; else {@code java.io.tmpdir}).
 * Depends on the JDK and, for {@link #connect()}, the
 * PostgreSQL JDBC driver only. Durability is off ({@code fsync}): the data is thrown away anyway.
 */
public final class PostgresServer implements AutoCloseable {

    /** The database made in every cluster. */
    public static final String DATABASE = "cdilogin";
    /** Its superuser (and owner). */
    public static final String USER = "cdilogin";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path folder;
    private final String osUser;
    private final int port;
    private final String password;
    private final Thread shutdownHook;
    private volatile boolean running;

    private PostgresServer(Path bin, Path folder, String osUser, int port, String password) {
        this.bin = bin;
        this.folder = folder;
        this.osUser = osUser;
        this.port = port;
        this.password = password;
        this.shutdownHook = new Thread(this::stopQuietly, "postgres-stopper-" + port);
    }

    /**
     * Makes a new cluster and starts it.
     *
     * @return the running server, with the database {@value #DATABASE}
     * @throws IllegalStateException with the tool's output when a step fails
     */
    public static PostgresServer start() {
        Path bin = binaries();
        String osUser = isRoot() ? System.getProperty("postgres.osUser", accountExists("postgres") ? "postgres" : "nobody") : null;
        Path parent = Paths.get(System.getProperty("postgres.tmpdir", osUser == null ? System.getProperty("java.io.tmpdir") : "/tmp"));
        Path folder = null;
        PostgresServer server = null;
        try {
            folder = Files.createTempDirectory(parent, "cdilogin-postgres-");
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            server = new PostgresServer(bin, folder, osUser, freeLoopbackPort(), password);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            server.initialise();
            server.startAgain();
            server.createDatabase();
            return server;
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("cannot make a PostgreSQL cluster in " + folder, e);
        } catch (RuntimeException e) {
            if (server != null) {
                try {
                    server.close(); // stops a server that started but could not be set up
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            } else {
                deleteQuietly(folder);
            }
            throw e;
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/cdilogin}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /**
     * @return libpq's variables naming this server ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
     *         {@code PGUSER}, {@code PGPASSWORD}), for a process's environment
     */
    public Map<String, String> environment() {
        return Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(port), "PGDATABASE", DATABASE,
                "PGUSER", USER, "PGPASSWORD", password);
    }

    /** @return a new connection to {@value #DATABASE}, auto-commit on; the caller closes it */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, password);
    }

    /** The cluster's folder: its data, its log and its Unix socket; gone after {@link #close()}. */
    public Path folder() {
        return folder;
    }

    public boolean isRunning() {
        return running;
    }

    /** Everything the server logged, for failure messages. */
    public String log() {
        try {
            Path log = folder.resolve("postgres.log");
            return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(the log cannot be read: " + e + ")";
        }
    }

    /**
     * Stops the server ({@code pg_ctl stop -m fast}: open connections are closed) and keeps its data,
     * for a test of what an application does while its database is gone. Does nothing when stopped.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        pgCtl("stop", "-m", "fast");
        running = false;
    }

    /** Starts the server again after {@link #stop()}, on the same port with the same data; waits until it takes connections. */
    public synchronized void startAgain() {
        if (running) {
            return;
        }
        running = true; // from here on, a failed start is stopped too
        pgCtl("start", "-l", folder.resolve("postgres.log").toString());
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            deleteQuietly(folder);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is ending: the hook finds the server stopped and the folder gone
            }
        }
    }

    private void initialise() throws IOException {
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        if (osUser != null) { // the folder and the password file are the server account's
            run(List.of("chown", "-R", osUser, folder.toString()));
        }
        run(asServerAccount(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        Files.delete(passwordFile);
        // Later lines win: loopback only, this port, the Unix socket in the folder (nothing outside it), no fsync.
        Files.writeString(data().resolve("postgresql.conf"), String.join("\n",
                "",
                "# throwaway test cluster (PostgresServer)",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = '" + folder + "'",
                "unix_socket_permissions = 0700",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                "max_connections = 50",
                ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, password)) {
            connection.createStatement().execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage() + "\n" + log(), e);
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), action, "-D", data().toString(),
                "-w", "-t", Long.toString(TIMEOUT.toSeconds())));
        command.addAll(List.of(options));
        try {
            run(asServerAccount(command.toArray(String[]::new)));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nPostgreSQL's log:\n" + log(), e);
        }
    }

    private List<String> asServerAccount(String... command) {
        List<String> full = new ArrayList<>();
        if (osUser != null) {
            full.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    /**
     * Runs a command to its end, its output in a file: {@code pg_ctl start} leaves the server running
     * in the background, which would hold a pipe open, and so a reader waiting for its end, forever.
     */
    private void run(List<String> command) {
        try {
            Path output = Files.createTempFile("cdilogin-postgres-command-", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + ": no end within " + TIMEOUT
                            + "\n" + Files.readString(output));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + ": exit " + process.exitValue()
                            + "\n" + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** The last resort when a test run ends without {@link #close()}: no server or folder outlives its tests. */
    private void stopQuietly() {
        try {
            if (running) {
                run(asServerAccount(bin.resolve("pg_ctl").toString(), "stop", "-D", data().toString(), "-m", "immediate", "-w"));
            }
        } catch (RuntimeException ignored) {
            // the JVM is ending; nothing to report to
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Path binaries() {
        String configured = System.getProperty("postgres.bin", System.getenv("PG_BIN"));
        if (configured != null && !configured.isBlank()) {
            return requireInitdb(Paths.get(configured));
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                // the newest version whose bin/initdb is there (15 before 9.6: compare as numbers)
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingDouble(v -> parseVersion(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, "initdb"))) {
                return Paths.get(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL's server binaries (initdb, pg_ctl) are not installed:"
                + " apt-get install postgresql (Debian), or set -Dpostgres.bin or PG_BIN to their folder");
    }

    private static Path requireInitdb(Path bin) {
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new IllegalStateException("no initdb in " + bin + " (-Dpostgres.bin or PG_BIN)");
        }
        return bin;
    }

    private static double parseVersion(String name) {
        try {
            return Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean accountExists(String name) {
        try {
            return new ProcessBuilder("id", "-u", name).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }
}

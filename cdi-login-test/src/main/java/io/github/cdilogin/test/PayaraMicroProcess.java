package io.github.cdilogin.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts Payara Micro by hand ({@code java -Xmx512m -jar payara-micro.jar --nocluster --port <free> --deploy <war>}),
 * collects its log, and always destroys the process (close(), plus a JVM shutdown hook as a last resort).
 *
 * <pre>
 * try (PayaraMicroProcess p = PayaraMicroProcess.start(war)) {
 *     boolean ready = p.awaitReady(Duration.ofSeconds(90));
 *     ... new HttpBrowser(p.baseUri("ctx")).get("api/me") ...
 * }
 * String log = PayaraMicroProcess.runUntilReady(brokenWar, Duration.ofSeconds(90));
 * </pre>
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /**
     * @return the Payara Micro jar: the system property {@code payara.microJar} (failsafe sets it, absolute),
     *         else {@code target/payara-micro.jar} from the module's folder
     */
    public static Path microJar() {
        return Paths.get(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    }

    /**
     * @return the preboot command file that binds Payara to 127.0.0.1: the system property
     *         {@code payara.prebootFile}, else {@code src/test/payara/preboot-loopback.txt}
     */
    public static Path prebootFile() {
        return Paths.get(System.getProperty("payara.prebootFile", "src/test/payara/preboot-loopback.txt"));
    }

    private final Process process;
    private final int port;
    private final StringBuffer log = new StringBuffer();
    private final Thread reader;
    private final Thread shutdownHook;
    private final List<String> command;

    private PayaraMicroProcess(List<String> command, int port, Path workDir, Map<String, String> environment)
            throws IOException {
        this.command = List.copyOf(command);
        this.port = port;
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile());
        pb.environment().putAll(environment);
        this.process = pb.start();
        this.shutdownHook = new Thread(this::destroy, "payara-micro-killer-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        this.reader = new Thread(this::pump, "payara-micro-log-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts Payara Micro with the default options ({@code -Xmx512m}, {@link #microJar()}) and deploys the WAR.
     *
     * @param war the WAR file
     * @param extraMicroOptions further Payara Micro options, such as {@code "--contextroot", "/"}
     * @return the running process; close it
     */
    public static PayaraMicroProcess start(Path war, String... extraMicroOptions) {
        return start(microJar(), war, List.of("-Xmx512m"), Arrays.asList(extraMicroOptions));
    }

    /**
     * Starts Payara Micro on 127.0.0.1 and a free port, {@code --nocluster} unless the options choose a
     * cluster, and deploys the WAR.
     *
     * @param microJar the Payara Micro jar
     * @param war the WAR file
     * @param jvmOptions options of the server's JVM
     * @param extraMicroOptions further Payara Micro options
     * @return the running process; close it
     */
    public static PayaraMicroProcess start(Path microJar, Path war, List<String> jvmOptions, List<String> extraMicroOptions) {
        return start(microJar, war, jvmOptions, extraMicroOptions, Map.of());
    }

    /**
     * As {@link #start(Path, Path, List, List)}, with variables added to the server's environment: an
     * application that reads its settings from there, as {@code ${ENV=PGHOST}} in a
     * {@code @DataSourceDefinition} does on Payara, gets them as in production.
     *
     * @param microJar the Payara Micro jar
     * @param war the application
     * @param jvmOptions options of the server's JVM
     * @param extraMicroOptions Payara Micro options after the library's own
     * @param environment variables added to the server's environment
     * @return the running process; close it
     */
    public static PayaraMicroProcess start(Path microJar, Path war, List<String> jvmOptions, List<String> extraMicroOptions,
            Map<String, String> environment) {
        if (!Files.isRegularFile(microJar)) {
            throw new IllegalStateException("Payara Micro jar not found: " + microJar.toAbsolutePath()
                    + " (run through mvn verify: dependency:copy puts it into target/)");
        }
        try {
            int port = freeLoopbackPort();
            Path workDir = Files.createDirectories(Paths.get("target", "payara-micro-process", Integer.toString(port)));
            Path tmp = Files.createDirectories(workDir.resolve("tmp")).toAbsolutePath();
            List<String> cmd = new ArrayList<>();
            cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.add("-Djava.io.tmpdir=" + tmp);
            cmd.add("-Dhazelcast.phone.home.enabled=false");
            cmd.add("-jar");
            cmd.add(microJar.toAbsolutePath().toString());
            if (!extraMicroOptions.contains("--clustermode")) { // a cluster member (ClusterIT) says how it clusters
                cmd.add("--nocluster");
            }
            cmd.add("--disablephonehome");
            cmd.add("--port");
            cmd.add(Integer.toString(port));
            Path preboot = prebootFile();
            if (Files.isRegularFile(preboot)) { // binds the HTTP listener to 127.0.0.1
                cmd.add("--prebootcommandfile");
                cmd.add(preboot.toAbsolutePath().toString());
            }
            cmd.addAll(extraMicroOptions);
            cmd.add("--deploy");
            cmd.add(war.toAbsolutePath().toString());
            return new PayaraMicroProcess(cmd, port, workDir, environment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
    }

    /**
     * Starts Payara Micro with the WAR, waits until it says it is ready (or exits, or the timeout passes),
     * kills it and returns everything it logged.
     *
     * @param war the WAR file
     * @param timeout how long to wait for the ready line
     * @param extraMicroOptions further Payara Micro options
     * @return everything Payara logged
     */
    public static String runUntilReady(Path war, Duration timeout, String... extraMicroOptions) {
        try (PayaraMicroProcess p = start(war, extraMicroOptions)) {
            if (!p.awaitReady(timeout)) {
                throw new AssertionError("Payara Micro not ready within " + timeout + " (alive=" + p.process.isAlive()
                        + "); log:\n" + p.log());
            }
            return p.log();
        }
    }

    /**
     * Waits for Payara's ready line, which it prints even when a deployment failed: ask the application too.
     *
     * @param timeout how long to wait
     * @return whether it said it is ready; false on timeout or when the process ended first
     */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (PayaraLogs.READY.matcher(log).find()) {
                return true;
            }
            if (!process.isAlive()) {
                joinReader();
                return PayaraLogs.READY.matcher(log).find();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** @return everything the process printed so far (ANSI colours removed) */
    public String log() {
        return PayaraLogs.stripAnsi(log.toString());
    }

    /** @return the HTTP port, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return {@code http://127.0.0.1:<port>/}: test traffic goes to loopback only */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * @param contextRoot the application's context root
     * @return {@code http://127.0.0.1:<port>/<contextRoot>/}
     */
    public URI baseUri(String contextRoot) {
        return Loopback.base(port, contextRoot);
    }

    /** @return the server's process */
    public Process process() {
        return process;
    }

    /** @return the command line it was started with */
    public List<String> command() {
        return command;
    }

    /** Stops the server (SIGTERM, then a kill after 20 s) and the processes it started. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // JVM already exiting: the hook runs anyway
        }
        joinReader();
    }

    private void destroy() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
        process.destroy(); // SIGTERM: Payara's own shutdown hook stops the server and cleans its runtime dir
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void joinReader() {
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.append(line).append('\n');
            }
        } catch (IOException ignored) {
            // stream closed when the process is destroyed
        }
    }

    /**
     * @return a port that is free on 127.0.0.1 right now (small race window, acceptable for tests)
     * @throws IOException when no port can be opened
     */
    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}

package org.fonti.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server for one benchmark run: a fresh cluster in the work folder (trust authentication,
 * user {@code bench}), listening on a free loopback port and a socket folder of its own, stopped on
 * {@link #close()} and, should the JVM exit first, by a shutdown hook.
 *
 * <p>{@code initdb} refuses to run as root. When the benchmark runs as root, the cluster's folders are
 * given to the {@code postgres} system user (created by Debian's package) and the binaries run through
 * {@code runuser -u postgres --}.
 */
final class PostgresServer implements AutoCloseable {

    static final List<Path> BIN_FOLDERS = List.of(Path.of("/usr/lib/postgresql/15/bin"),
            Path.of("/usr/lib/postgresql/16/bin"), Path.of("/usr/lib/postgresql/17/bin"),
            Path.of("/usr/local/pgsql/bin"), Path.of("/usr/local/bin"), Path.of("/usr/bin"));
    static final String USER = "bench";
    private static final String SYSTEM_USER = "postgres";

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asSystemUser;
    private final Thread stopHook;
    private boolean stopped;

    private PostgresServer(Path bin, Path data, int port, boolean asSystemUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asSystemUser = asSystemUser;
        this.stopHook = new Thread(this::stopQuietly, "postgres-stop");
    }

    /** The folder holding initdb, pg_ctl and postgres, if any of {@link #BIN_FOLDERS} has them. */
    static Optional<Path> findBinaries() {
        return BIN_FOLDERS.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
                        && Files.isExecutable(dir.resolve("postgres")))
                .map(dir -> {
                    try {
                        return dir.resolve("initdb").toRealPath().getParent();
                    } catch (IOException e) {
                        return dir;
                    }
                })
                .findFirst();
    }

    /** Creates a new cluster under {@code work} (any previous one there is removed) and starts it. */
    static PostgresServer start(Path bin, Path work) throws IOException, InterruptedException {
        Path data = work.resolve("pg");
        Path socket = work.resolve("pgsock");
        Path log = work.resolve("pg.log");
        FileTrees.delete(data);
        FileTrees.delete(socket);
        Files.createDirectories(data);
        Files.createDirectories(socket);
        Files.deleteIfExists(log);
        Files.createFile(log);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipal postgres = work.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
            for (Path p : List.of(data, socket, log)) {
                Files.setOwner(p, postgres);
            }
        }
        int port = freePort();
        var server = new PostgresServer(bin, data, port, root);
        server.run("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        Runtime.getRuntime().addShutdownHook(server.stopHook);
        server.run("pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "120",
                "-o", "-k " + socket + " -h 127.0.0.1 -p " + port, "start");
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    int port() {
        return port;
    }

    /** CPU time of the postmaster and every backend so far (finished ones included), in nanoseconds. */
    long cpuNanos() {
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
            return CpuMeter.processTreeNanos(pid);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (asSystemUser) {
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("fonti-bench-" + program, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within 180 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        } catch (IOException | InterruptedException e) {
            System.err.println("bench: could not stop PostgreSQL (" + e.getMessage() + "); its data is in " + data);
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

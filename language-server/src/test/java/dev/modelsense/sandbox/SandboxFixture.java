package dev.modelsense.sandbox;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Test projects on disk, a runner that never asks git, and plain JDBC reads of what a run left behind. */
final class SandboxFixture {

    private SandboxFixture() {
    }

    static Path copyOf(Path source, Path into) {
        try (Stream<Path> walk = Files.walk(source)) { // symlinks are kept as links, not followed
            for (Path path : walk.toList()) {
                Path target = into.resolve(source.relativize(path).toString());
                if (Files.isSymbolicLink(path)) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.toString().contains("/target/")) {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /** A copy of testdata's jaffle_shop_duckdb (and the local package it links), so runs write only in {@code into}. */
    static Path jaffleShop(Path into) {
        Path here = Path.of("").toAbsolutePath();
        Path testdata = here.resolveSibling("testdata");
        if (!Files.isDirectory(testdata)) {
            testdata = here.resolve("testdata");
        }
        copyOf(testdata.resolve("packages"), into.resolve("testdata/packages"));
        Path project = into.resolve("testdata/projects/jaffle_shop_duckdb");
        copyOf(testdata.resolve("projects/jaffle_shop_duckdb"), project);
        return project;
    }

    static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                Path file = root.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    static CompileRequest compile(Path root) {
        return new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("home"), MetadataCache.EMPTY, 2);
    }

    static SandboxRunner runner() {
        return new SandboxRunner(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource(),
                path -> Optional.empty(), "tester");
    }

    static RunResult.Finished finished(RunResult result) {
        if (result instanceof RunResult.Aborted aborted) {
            throw new AssertionError("run aborted: " + aborted.error());
        }
        RunResult.Finished finished = (RunResult.Finished) result;
        for (ModelOutcome outcome : finished.outcomes()) {
            if (outcome instanceof ModelOutcome.Failed failed) {
                throw new AssertionError("model failed: " + failed);
            }
        }
        return finished;
    }

    static List<List<Object>> query(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int count = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    row.add(rows.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static void execute(Connection connection, String... statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static Connection duckdb(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        } catch (SQLException | IOException e) {
            throw new AssertionError(e);
        }
    }
}

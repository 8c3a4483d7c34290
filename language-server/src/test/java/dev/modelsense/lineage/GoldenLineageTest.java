package dev.modelsense.lineage;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole-project column lineage of each {@code testdata/projects/<p>} for each golden target, compared with
 * {@code testdata/golden/<p>/<target>/lineage.json}. Run with {@code -Dmodelsense.golden.update=true} to rewrite them.
 */
class GoldenLineageTest {

    private static final Path TESTDATA = Path.of(System.getProperty("modelsense.testdata", "../testdata"));
    private static final boolean UPDATE = Boolean.getBoolean("modelsense.golden.update");
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> lineageMatchesGoldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> projects = Files.list(TESTDATA.resolve("golden"))) {
            for (Path projectGolden : projects.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> targets = Files.list(projectGolden)) {
                    for (Path target : targets.filter(Files::isDirectory).sorted().toList()) {
                        String project = projectGolden.getFileName().toString();
                        tests.add(DynamicTest.dynamicTest(project + " @ " + target.getFileName(),
                                () -> check(project, target.getFileName().toString(), target.resolve("lineage.json"))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void check(String project, String target, Path golden) throws IOException {
        Path root = TESTDATA.resolve("projects").resolve(project).toAbsolutePath().normalize();
        ProjectSnapshot snapshot = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(new CompileRequest(root, null, target, Map.of(), Map.of(), root.resolve("no-home"),
                        MetadataCache.EMPTY, 2));
        LineageViews views = new LineageViews(new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), THREADS)));
        LineageView view = views.view(snapshot, new LineageViews.Request(
                snapshot.graph().nodes().stream().map(n -> n.uniqueId()).collect(java.util.stream.Collectors.toSet()),
                -1, -1, true, Optional.empty()));
        String actual = LineageJson.pretty(view, file -> root.relativize(file).toString().replace('\\', '/')) + "\n";
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("no golden file; wrote " + golden + ", check it and commit it");
            }
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "lineage of " + project + " @ " + target
                + " differs from " + golden + " (rerun with -Dmodelsense.golden.update=true to accept)");
    }
}

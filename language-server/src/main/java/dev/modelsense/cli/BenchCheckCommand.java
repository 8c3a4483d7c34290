package dev.modelsense.cli;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Conventions;
import dev.modelsense.conventions.ConventionsLoader;
import dev.modelsense.conventions.Finding;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.sql.SqlAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code modelsense bench-check}: what the conventions' checks cost on a synthetic project with a column-name
 * contract: the cold full compile, every model's checks (and, separately, inferring every model's output columns,
 * which the column rules read), the overhead over the compile, and re-checking one model after an edit to it
 * (incremental rebuild, then that model's checks) over many edits.
 */
@Command(name = "bench-check", mixinStandardHelpOptions = true,
        description = "Benchmark the conventions' checks against a cold compile and after one-model edits.")
final class BenchCheckCommand implements Callable<Integer> {

    @Option(names = "--models", defaultValue = "10000", description = "Project size.")
    int size;

    @Option(names = "--edits", defaultValue = "200", description = "One-model edits to time.")
    int edits;

    @Option(names = "--threads", description = "Render threads (default: number of cores).")
    Integer threads;

    @Option(names = "--keep", description = "Keep the generated project under this folder.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        Path root = keep != null ? keep.resolve("synthetic_check_" + size) : Files.createTempDirectory("ms-bench-");
        SyntheticProject.write(root, size, true);
        CompileRequest request = CompileRequest.of(root);
        if (threads != null) {
            request = request.withThreads(threads);
        }
        ExecutorService parserThreads = Executors.newCachedThreadPool(LineageCommand.daemon());
        try {
            ProjectSession session = new ProjectSession(Engine.compiler(), request);
            long start = System.nanoTime();
            ProjectSnapshot snapshot = session.rebuild();
            long compile = System.nanoTime() - start;
            Conventions conventions = ConventionsLoader.load(snapshot.project());
            SqlChecks sharedSql = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(2), parserThreads));
            ConventionChecks checks = new ConventionChecks(sharedSql);
            start = System.nanoTime();
            List<Finding> structural = checks.checkAll(snapshot, Conventions.defaults());
            long defaultChecking = System.nanoTime() - start;
            start = System.nanoTime();
            List<Finding> findings = checks.checkAll(snapshot, conventions);
            long checking = System.nanoTime() - start;
            // as in the language server, where the SQL checks have analysed every model already
            start = System.nanoTime();
            new ConventionChecks(sharedSql).checkAll(snapshot, conventions);
            long overAnalysed = System.nanoTime() - start;
            SqlChecks columnsOnly = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(2), parserThreads));
            List<ParsedNode> models = snapshot.enabledNodes().stream()
                    .filter(n -> n.spec().kind() == NodeKind.MODEL).toList();
            start = System.nanoTime();
            long known = models.stream().filter(n -> columnsOnly.outputColumns(snapshot, n).isPresent()).count();
            long columns = System.nanoTime() - start;
            System.out.printf("models: %d, findings: %d, conventions problems: %d%n", models.size(), findings.size(),
                    conventions.problems().size());
            System.out.printf("cold full compile:              %8d ms%n", compile / 1_000_000);
            System.out.printf("built-in checks (naming, layers): %6d ms (%.1f %% of the compile, %d findings)%n",
                    defaultChecking / 1_000_000, 100.0 * defaultChecking / compile, structural.size());
            System.out.printf("checks with column contracts:   %8d ms (%.1f %% of the compile)%n",
                    checking / 1_000_000, 100.0 * checking / compile);
            System.out.printf("  of which rules over analysed SQL: %5d ms (%.1f %% of the compile)%n",
                    overAnalysed / 1_000_000, 100.0 * overAnalysed / compile);
            System.out.printf("output columns of every model:  %8d ms (%.1f %% of the compile; %d of %d known)%n",
                    columns / 1_000_000, 100.0 * columns / compile, known, models.size());
            timeEdits(session, conventions, checks, columnsOnly, models);
        } finally {
            parserThreads.shutdownNow();
            if (keep == null) {
                BenchCommand.deleteTree(root);
            }
        }
        return 0;
    }

    /** Edits staging models in turn (each has children to recompile), then re-checks the edited model. */
    private void timeEdits(ProjectSession session, Conventions conventions, ConventionChecks checks,
                           SqlChecks columnsOnly, List<ParsedNode> models) throws IOException {
        List<ParsedNode> staging = models.stream().filter(n -> n.name().startsWith("stg_")).toList();
        List<Long> rebuilds = new ArrayList<>();
        List<Long> rechecks = new ArrayList<>();
        List<Long> columns = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            ParsedNode edited = staging.get(i % staging.size());
            Path file = edited.spec().file().path();
            Files.writeString(file, Files.readString(file) + "\n-- edit " + i + "\n");
            long start = System.nanoTime();
            ProjectSnapshot snapshot = session.update(Set.of(file));
            long rebuilt = System.nanoTime();
            checks.checkNode(snapshot, conventions, snapshot.nodes().get(edited.uniqueId()));
            long checked = System.nanoTime();
            columnsOnly.outputColumns(snapshot, snapshot.nodes().get(edited.uniqueId()));
            columns.add(System.nanoTime() - checked);
            rebuilds.add(rebuilt - start);
            rechecks.add(checked - rebuilt);
        }
        System.out.printf("one-model edit (%d edits): incremental rebuild p50 %.1f ms, p99 %.1f ms; "
                        + "re-check of the model p50 %.2f ms, p99 %.2f ms%n", edits, percentile(rebuilds, 50),
                percentile(rebuilds, 99), percentile(rechecks, 50), percentile(rechecks, 99));
        System.out.printf("output columns of the edited model: p50 %.2f ms, p99 %.2f ms%n", percentile(columns, 50),
                percentile(columns, 99));
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

package dev.modelsense.cli;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.lineage.ColumnImpact;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.lineage.LineageGraph;
import dev.modelsense.lineage.LineageView;
import dev.modelsense.lineage.LineageViews;
import dev.modelsense.sql.SqlAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code modelsense bench-lineage}: column lineage of a whole synthetic project (wall time, models/s, column edges,
 * heap held by the column graph), then single-model lineage requests as the editor makes them (cold and memoized).
 */
@Command(name = "bench-lineage", mixinStandardHelpOptions = true, description = "Benchmark column-level lineage on a synthetic project.")
final class BenchLineageCommand implements Callable<Integer> {

    @Option(names = "--models", defaultValue = "10000", description = "Project size.")
    int models;

    @Option(names = "--requests", defaultValue = "20", description = "Single-model requests to time.")
    int requests;

    @Option(names = "--keep", description = "Keep the generated project under this folder.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        Path root = keep != null ? keep.resolve("synthetic_" + models) : Files.createTempDirectory("ms-lineage-");
        SyntheticProject.write(root, models);
        long compileStart = System.nanoTime();
        ProjectSnapshot snapshot = Engine.compiler().compile(CompileRequest.of(root));
        long compileNanos = System.nanoTime() - compileStart;
        List<ParsedNode> modelNodes = snapshot.enabledNodes().stream()
                .filter(n -> n.spec().kind() == NodeKind.MODEL).toList();
        ExecutorService parserThreads = Executors.newCachedThreadPool(LineageCommand.daemon());
        try {
            SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(2), parserThreads);
            System.out.printf("cores %d, max heap %d MB, %d models compiled in %d ms%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    modelNodes.size(), compileNanos / 1_000_000);

            long before = usedAfterGc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            LineageGraph graph = new ColumnLineage(analyzer).build(snapshot);
            long wall = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            long held = usedAfterGc() - before;
            long known = graph.nodes().stream().filter(n -> n.exact()).count();
            int impact = ColumnImpact.problems(graph).size();
            System.out.printf("full column lineage: %d ms, %.0f models/s, %d nodes (%d with known columns),"
                            + " %d column edges, %.1f MB held by the column graph, %d impact problems%n",
                    wall / 1_000_000, modelNodes.size() / (wall / 1e9), graph.nodes().size(), known,
                    graph.edgeCount(), held / 1e6, impact);
            // On a shared machine the wall time depends on the neighbours; CPU time says what the work costs.
            System.out.printf("  process CPU %d ms (%.2f cores busy on average): %.0f models per CPU-second,"
                            + " %.0f models/s on %d fully available cores%n", cpu / 1_000_000, (double) cpu / wall,
                    modelNodes.size() / (cpu / 1e9), modelNodes.size() / (cpu / 1e9)
                            * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());

            String target = modelNodes.stream().filter(n -> n.name().startsWith("mart_")).map(ParsedNode::uniqueId)
                    .sorted().findFirst().orElse(modelNodes.get(0).uniqueId());
            LineageViews.Request request = new LineageViews.Request(Set.of(target), 2, 3, true, Optional.empty());
            long[] cold = new long[requests];
            long[] warm = new long[requests];
            LineageView view = null;
            LineageViews memoized = new LineageViews(new ColumnLineage(analyzer));
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                view = new LineageViews(new ColumnLineage(analyzer)).view(snapshot, request);
                cold[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                memoized.view(snapshot, request);
                warm[i] = System.nanoTime() - t1;
            }
            System.out.printf("single-model lineage (%s, --upstream 2 --downstream 3 --columns, %d nodes, %d column"
                            + " edges): cold median %.1f ms (max %.1f), memoized median %.1f ms (max %.1f)%n",
                    target, view.nodes().size(), view.columnEdges().size(), median(cold), max(cold), median(warm),
                    max(warm));
            graph = null;
        } finally {
            parserThreads.shutdownNow();
            if (keep == null) {
                deleteTree(root);
            }
        }
        return 0;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

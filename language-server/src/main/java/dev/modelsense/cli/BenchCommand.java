package dev.modelsense.cli;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.PhaseTimings;
import dev.modelsense.compile.ProjectSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code modelsense bench}: generates synthetic projects and measures a full compile of each: wall time,
 * models per second, peak and retained heap, and the share of time spent loading YAML, in Jinja and in the graph.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark a cold full compile of synthetic projects.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--models", split = ",", defaultValue = "1000,10000", description = "Project sizes.")
    List<Integer> sizes;

    @Option(names = "--threads", description = "Render threads (default: number of cores).")
    Integer threads;

    @Option(names = "--keep", description = "Keep the generated projects under this folder.")
    Path keep;

    @Override
    public Integer call() throws IOException {
        System.out.printf("%-8s %10s %12s %14s %14s %8s %8s %8s %8s%n", "models", "wall ms", "models/s",
                "peak heap MB", "retained MB", "yaml %", "jinja %", "graph %", "errors");
        for (int size : sizes) {
            Path root = keep != null ? keep.resolve("synthetic_" + size) : Files.createTempDirectory("ms-bench-");
            SyntheticProject.write(root, size);
            CompileRequest request = CompileRequest.of(root);
            if (threads != null) {
                request = request.withThreads(threads);
            }
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            ProjectSnapshot snapshot = Engine.compiler().compile(request);
            long wall = System.nanoTime() - start;
            long peak = peakHeapBytes();
            System.gc();
            long retained = usedHeapBytes();
            PhaseTimings t = snapshot.timings();
            int models = (int) snapshot.enabledNodes().stream()
                    .filter(n -> n.spec().kind() == dev.modelsense.graph.NodeKind.MODEL).count();
            double seconds = wall / 1e9;
            System.out.printf("%-8d %10d %12.0f %14.1f %14.1f %8.1f %8.1f %8.1f %8d%n", models, wall / 1_000_000,
                    models / seconds, peak / 1e6, retained / 1e6, share(t.loadNanos(), t), share(t.jinjaNanos(), t),
                    share(t.graphNanos(), t), snapshot.allProblems().stream().filter(p -> p.isError()).count());
            if (keep == null) {
                deleteTree(root);
            }
            snapshot = null;
        }
        return 0;
    }

    private static double share(long part, PhaseTimings t) {
        return t.totalNanos() == 0 ? 0 : 100.0 * part / t.totalNanos();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

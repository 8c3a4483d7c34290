package dev.modelsense.cli;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.sandbox.CancellationToken;
import dev.modelsense.sandbox.ProgressListener;
import dev.modelsense.sandbox.RunRequest;
import dev.modelsense.sandbox.RunResult;
import dev.modelsense.sandbox.SandboxRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code modelsense bench-sandbox}: time from "run" to first rows on embedded DuckDB for a view and a table model
 * over a generated table, and how much of it is Modelsense (compile + plan + DDL) rather than the warehouse's query.
 */
@Command(name = "bench-sandbox", mixinStandardHelpOptions = true, description = "Benchmark sandbox runs on embedded DuckDB (view and table models).")
final class SandboxBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows in the source table (default: 1000000).")
    long rows;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per model (default: 5).")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path root = Files.createTempDirectory("modelsense-bench-sandbox");
        write(root, "dbt_project.yml", "name: bench\nprofile: bench\n");
        write(root, "profiles.yml", "bench:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
                + "      path: target/bench.duckdb\n      schema: main\n");
        write(root, "models/events.sql", "{{ config(materialized='table') }}\nselect i as id, i % 97 as bucket, "
                + "'event ' || i as label from range(" + rows + ") t(i)\n");
        write(root, "models/events_view.sql", "{{ config(materialized='view') }}\n"
                + "select bucket, count(*) as n from {{ ref('events') }} group by bucket\n");
        write(root, "models/events_table.sql", "{{ config(materialized='table') }}\n"
                + "select bucket, count(*) as n, max(id) as last_id from {{ ref('events') }} group by bucket\n");
        SandboxRunner runner = new SandboxRunner(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource());
        CompileRequest compile = new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("home"),
                MetadataCache.EMPTY, Runtime.getRuntime().availableProcessors());
        RunResult setup = runner.run(RunRequest.of(compile, List.of("events")).withUser("bench"),
                ProgressListener.SILENT, new CancellationToken());
        if (!(setup instanceof RunResult.Finished finished) || !finished.succeeded()) {
            System.err.println("setup failed: " + setup);
            return 1;
        }
        System.out.printf("Source: %,d rows in main_bench.events%n", rows);
        for (String model : List.of("events_view", "events_table")) {
            measure(runner, compile, model);
        }
        return 0;
    }

    private void measure(SandboxRunner runner, CompileRequest compile, String model) {
        long best = Long.MAX_VALUE;
        RunResult.Timings bestTimings = null;
        for (int i = 0; i < runs + 1; i++) { // the first run warms the JIT and DuckDB's caches
            long start = System.nanoTime();
            RunResult result = runner.run(RunRequest.of(compile, List.of(model)).withUser("bench").withPreviewLimit(10),
                    ProgressListener.SILENT, new CancellationToken());
            long total = System.nanoTime() - start;
            if (result instanceof RunResult.Finished done && i > 0 && total < best) {
                best = total;
                bestTimings = done.timings();
            }
        }
        if (bestTimings == null) {
            System.out.println(model + ": failed");
            return;
        }
        System.out.printf("%-13s run -> first rows %6.1f ms | compile %5.1f ms, plan %5.1f ms, build (DDL + query) "
                        + "%6.1f ms, preview %5.1f ms | Modelsense overhead (compile + plan) %5.1f ms%n", model,
                best / 1e6, bestTimings.compileNanos() / 1e6, bestTimings.planNanos() / 1e6,
                bestTimings.buildNanos() / 1e6, bestTimings.previewNanos() / 1e6,
                (bestTimings.compileNanos() + bestTimings.planNanos()) / 1e6);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

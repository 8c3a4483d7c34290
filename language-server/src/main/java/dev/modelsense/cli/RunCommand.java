package dev.modelsense.cli;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.sandbox.CancellationToken;
import dev.modelsense.sandbox.ModelOutcome;
import dev.modelsense.sandbox.Preview;
import dev.modelsense.sandbox.PreviewCsv;
import dev.modelsense.sandbox.Resolution;
import dev.modelsense.sandbox.RunRequest;
import dev.modelsense.sandbox.RunResult;
import dev.modelsense.sandbox.SandboxRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code modelsense run}: builds the selection into the caller's sandbox and prints the first rows. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Build selected models into your personal sandbox schema and preview the last.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Mixin
    SandboxOptions sandbox = new SandboxOptions();

    @Option(names = "--defer", description = "Profile target whose relations are production.")
    String defer;

    @Option(names = "--state", description = "Production manifest.json whose relation names are production.")
    Path state;

    @Option(names = "--limit", defaultValue = "50", description = "Preview rows (default: 50).")
    int limit;

    @Option(names = "--csv", description = "Also write the preview as CSV to this file.")
    Path csv;

    @Option(names = "--full-refresh", description = "Rebuild incremental models from scratch.")
    boolean fullRefresh;

    @Option(names = "--fill-metadata", description = "Answer run_query and get_columns_in_relation from the warehouse "
            + "during this run and record the answers under the target path for later compiles and the editor.")
    boolean fillMetadata;

    @Option(names = "--timeout", defaultValue = "0", description = "Statement timeout in seconds (0: none).")
    int timeout;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (defer != null && state != null) {
            err.println("error: use --defer or --state, not both");
            return 2;
        }
        RunRequest request = new RunRequest(options.request(), options.select, options.exclude, defer,
                state == null ? null : state.toAbsolutePath(), sandbox.user, sandbox.template, sandbox.driverPath,
                limit, timeout, fullRefresh, fillMetadata, java.util.Map.of());
        SandboxRunner runner = new SandboxRunner(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource());
        CancellationToken token = new CancellationToken();
        Thread onExit = new Thread(token::cancel);
        Runtime.getRuntime().addShutdownHook(onExit); // Ctrl-C cancels the running statement on the server
        RunResult result;
        try {
            result = runner.run(request, out::println, token);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // already exiting
            }
        }
        if (result instanceof RunResult.Aborted aborted) {
            err.println("error: " + aborted.error().describe());
            return 1;
        }
        RunResult.Finished done = (RunResult.Finished) result;
        for (Resolution resolution : done.resolutions()) {
            out.println("  " + resolution.describe());
        }
        int failed = 0;
        for (ModelOutcome outcome : done.outcomes()) {
            if (outcome instanceof ModelOutcome.Built b) {
                out.printf("OK   %s -> %s [%s, %d ms]%n", b.uniqueId(), b.relation(), b.how(), b.millis());
            } else if (outcome instanceof ModelOutcome.Skipped s) {
                out.printf("SKIP %s: %s%n", s.uniqueId(), s.reason());
            } else if (outcome instanceof ModelOutcome.Failed f) {
                failed++;
                err.printf("FAIL %s: %s%n", f.uniqueId(), f.error().describe());
            }
        }
        if (done.preview().isPresent()) {
            Preview preview = done.preview().get();
            printTable(preview, out);
            if (csv != null) {
                Files.writeString(csv, PreviewCsv.toCsv(preview));
                out.println("Preview written to " + csv);
            }
        }
        return failed > 0 ? 1 : 0;
    }

    private static void printTable(Preview preview, PrintStream out) {
        out.println("Preview of " + preview.relation() + ":");
        out.println(String.join(" | ", preview.columns().stream().map(c -> c.name() + " (" + c.typeName() + ")")
                .toList()));
        for (List<Object> row : preview.rows()) {
            out.println(String.join(" | ", row.stream().map(v -> v == null ? "NULL" : v.toString()).toList()));
        }
        if (preview.truncated()) {
            out.println("(first " + preview.rows().size() + " rows)");
        }
    }
}

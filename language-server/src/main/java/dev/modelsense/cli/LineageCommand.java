package dev.modelsense.cli;

import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.lineage.ColumnRef;
import dev.modelsense.lineage.LineageJson;
import dev.modelsense.lineage.LineagePage;
import dev.modelsense.lineage.LineageText;
import dev.modelsense.lineage.LineageView;
import dev.modelsense.lineage.LineageViews;
import dev.modelsense.sql.SqlAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code modelsense lineage}: the model (and with {@code --columns}, column) lineage around a selection, as JSON,
 * Graphviz DOT, Mermaid or the self-contained HTML page.
 */
@Command(name = "lineage", mixinStandardHelpOptions = true, description = "Show model and column lineage around a selection.")
final class LineageCommand implements Callable<Integer> {

    enum Format { json, dot, mermaid, html }

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--columns", description = "Include columns and column-level edges.")
    boolean columns;

    @Option(names = "--column", description = "Trace one column of the selected model (implies --columns).")
    String column;

    @Option(names = "--upstream", defaultValue = "-1", description = "Upstream depth (default: all).")
    int upstream;

    @Option(names = "--downstream", defaultValue = "-1", description = "Downstream depth (default: all).")
    int downstream;

    @Option(names = "--format", defaultValue = "json", description = "json, dot, mermaid or html.")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--sql-budget-ms", defaultValue = "2000", description = "Parse time budget per statement.")
    long budgetMillis;

    @Override
    public Integer call() throws IOException {
        Engine.Compiled compiled = Engine.compileSelected(options);
        Path root = compiled.snapshot().project().root().root();
        ExecutorService parserThreads = Executors.newCachedThreadPool(daemon());
        try {
            LineageViews views = new LineageViews(new ColumnLineage(
                    new SqlAnalyzer(Duration.ofMillis(budgetMillis), parserThreads), options.request().metadata()));
            Optional<ColumnRef> focus = column == null || compiled.selected().isEmpty() ? Optional.empty()
                    : Optional.of(new ColumnRef(compiled.selected().stream().sorted().findFirst().get(), column));
            LineageView view = views.view(compiled.snapshot(), new LineageViews.Request(compiled.selected(),
                    upstream, downstream, columns || column != null, focus));
            String text = switch (format) {
                case json -> LineageJson.pretty(view, file -> relative(root, file)) + "\n";
                case dot -> LineageText.dot(view);
                case mermaid -> LineageText.mermaid(view);
                case html -> LineagePage.html(String.join(" ", options.select.isEmpty()
                        ? java.util.List.of(root.getFileName().toString()) : options.select), view,
                        file -> file.toUri().toString(), focus);
            };
            if (output == null) {
                System.out.print(text);
            } else {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, text, StandardCharsets.UTF_8);
                System.err.println("Wrote " + view.nodes().size() + " node(s) to " + output);
            }
            return 0;
        } finally {
            parserThreads.shutdownNow();
        }
    }

    static String relative(Path root, Path file) {
        try {
            return root.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "sql-parser");
            thread.setDaemon(true);
            return thread;
        };
    }
}

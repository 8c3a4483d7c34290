package dev.modelsense.cli;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Conventions;
import dev.modelsense.conventions.ConventionsLoader;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.report.ContractTests;
import dev.modelsense.report.ImpliedTestSource;
import dev.modelsense.report.TestsYaml;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.SqlAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code modelsense generate-tests}: the data tests the column-name contract implies and the selected models do not
 * have yet, as properties YAML. Never edits an existing file: a model that already has a YAML entry gets the entries
 * to merge into it printed (dbt allows one entry per model); with {@code --write}, models without one get a new
 * {@code _<model>__contract_tests.yml} next to their SQL, unless that file exists.
 */
@Command(name = "generate-tests", mixinStandardHelpOptions = true,
        description = "Print (or --write) the data tests the column-name contract implies for the selected models.")
final class GenerateTestsCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--write", description = "Write new properties files for models that have no YAML entry yet.")
    boolean write;

    /** Where the implied tests come from: the project's column-name contract. */
    java.util.function.Function<Conventions, ImpliedTestSource> tests =
            conventions -> ImpliedTestSource.fromContract(conventions.columns());

    @Override
    public Integer call() throws IOException {
        Engine.Compiled compiled = Engine.compileSelected(options);
        ProjectSnapshot snapshot = compiled.snapshot();
        Conventions conventions = ConventionsLoader.load(snapshot.project());
        ImpliedTestSource source = tests.apply(conventions);
        List<ContractTests.ModelTests> missing = new ArrayList<>();
        ExecutorService parserThreads = Executors.newCachedThreadPool(LineageCommand.daemon());
        try {
            SqlChecks sql = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(2), parserThreads));
            snapshot.enabledNodes().stream()
                    .filter(node -> node.spec().kind() == NodeKind.MODEL)
                    .filter(node -> compiled.selected().contains(node.uniqueId()))
                    .filter(node -> ConventionChecks.applies(snapshot, node))
                    .sorted(Comparator.comparing(ParsedNode::name))
                    .forEach(node -> {
                        Optional<List<OutputColumn>> columns = sql.outputColumns(snapshot, node);
                        if (columns.isEmpty()) {
                            System.err.println("Skipped " + node.name() + ": its output columns are unknown");
                        } else {
                            ContractTests.missing(node, columns.get(), source).ifPresent(missing::add);
                        }
                    });
        } finally {
            parserThreads.shutdownNow();
        }
        Path root = snapshot.project().root().root();
        Map<Path, List<ContractTests.ModelTests>> merges = new LinkedHashMap<>();
        Map<Path, List<ContractTests.ModelTests>> newFiles = new LinkedHashMap<>();
        for (ContractTests.ModelTests model : missing) {
            if (model.propertiesFile().isPresent()) {
                merges.computeIfAbsent(model.propertiesFile().get(), f -> new ArrayList<>()).add(model);
            } else {
                Path file = model.modelFile().resolveSibling("_" + model.model() + "__contract_tests.yml");
                newFiles.computeIfAbsent(file, f -> new ArrayList<>()).add(model);
            }
        }
        for (Map.Entry<Path, List<ContractTests.ModelTests>> file : newFiles.entrySet()) {
            String relative = LineageCommand.relative(root, file.getKey());
            if (write && !Files.exists(file.getKey())) {
                Files.writeString(file.getKey(), TestsYaml.render(file.getValue()), StandardCharsets.UTF_8);
                System.err.println("Wrote " + relative);
            } else {
                System.out.println("# " + relative + (write ? " exists already; add these entries to it" : " (new file)"));
                System.out.print(TestsYaml.render(file.getValue()));
            }
        }
        for (Map.Entry<Path, List<ContractTests.ModelTests>> file : merges.entrySet()) {
            System.out.println("# " + LineageCommand.relative(root, file.getKey())
                    + ": merge into the existing entries (a column's tests: list, if it has one, takes them)");
            System.out.print(TestsYaml.render(file.getValue()));
        }
        if (missing.isEmpty()) {
            System.err.println("Every selected model has the tests its contract implies"
                    + (conventions.columns().enabled() ? "." : " (modelsense.yml defines no column contract)."));
        }
        return 0;
    }
}

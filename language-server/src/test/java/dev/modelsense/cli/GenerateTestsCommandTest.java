package dev.modelsense.cli;

import dev.modelsense.compile.TestProjects;
import dev.modelsense.conventions.ColumnContract;
import dev.modelsense.conventions.Fix;
import dev.modelsense.report.ImpliedTestSource;
import dev.modelsense.sql.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code modelsense generate-tests} on a project with an IND_ flag contract. */
class GenerateTestsCommandTest extends ConsoleCapture {

    @TempDir
    Path dir;


    private static final ColumnContract FLAGS = new ColumnContract(true, "_", List.of(new ColumnContract.PrefixRule(
            "IND", "flag", Set.of(ValueType.INTEGER), List.of(Fix.ImpliedTest.of("not_null"),
            new Fix.ImpliedTest("accepted_values", Map.of("values", List.of(0, 1)))))));

    private int run(String... args) {
        GenerateTestsCommand command = new GenerateTestsCommand();
        command.tests = conventions -> ImpliedTestSource.fromContract(FLAGS);
        return new CommandLine(command).execute(args);
    }

    private void project() {
        TestProjects.in(dir)
                .file("models/marts/dim_users.sql", "select 1 as ID_USER, 0 as IND_ACTIVE")
                .file("models/marts/fct_orders.sql", "select 1 as IND_RETURNED, 1 as IND_PAID")
                .file("models/marts/schema.yml", """
                        version: 2
                        models:
                          - name: fct_orders
                            columns:
                              - name: IND_PAID
                                data_tests: [not_null, {accepted_values: {values: [0, 1]}}]
                        """).compile();
    }

    @Test
    void printsTheMissingTestsPerPropertiesFile() {
        project();
        assertEquals(0, run(dir.toString()), err::toString);
        String printed = out.toString();
        assertTrue(printed.contains("# models/marts/_dim_users__contract_tests.yml (new file)"), printed);
        assertTrue(printed.contains("# models/marts/schema.yml: merge into the existing entries"), printed);
        assertTrue(printed.contains("name: IND_RETURNED"), printed);
        assertFalse(printed.contains("name: IND_PAID"), "IND_PAID has its tests: " + printed);
        assertFalse(Files.exists(dir.resolve("models/marts/_dim_users__contract_tests.yml")));
    }

    @Test
    void writeCreatesOnlyNewFilesAndTheResultCompiles() throws IOException {
        project();
        assertEquals(0, run(dir.toString(), "--write", "--select", "dim_users"), err::toString);
        Path written = dir.resolve("models/marts/_dim_users__contract_tests.yml");
        assertTrue(Files.readString(written).contains("- accepted_values:"), Files.readString(written));
        ProjectOptions options = new ProjectOptions();
        options.project = dir;
        var snapshot = Engine.compiler().compile(options.request());
        var column = snapshot.nodes().get("model.shop.dim_users").spec().properties().columns().get(0);
        assertEquals("IND_ACTIVE", column.name());
        assertEquals(2, column.dataTests().size());
        out.reset();
        assertEquals(0, run(dir.toString(), "--select", "dim_users"));
        assertTrue(err.toString().contains("Every selected model has the tests its contract implies"), err::toString);
    }
}

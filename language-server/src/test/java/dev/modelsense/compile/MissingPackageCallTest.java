package dev.modelsense.compile;

import dev.modelsense.project.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model calling a macro of a package packages.yml lists but `dbt deps` has not installed fails as in dbt
 * ("'dbt_utils' is undefined"), at the call, instead of compiling to SQL with a hole where the macro's output was.
 */
class MissingPackageCallTest {

    private static final String PACKAGES = """
            packages:
              - package: dbt-labs/dbt_utils
                version: 1.1.1
            """;

    private static final String SUPPLIES = """
            select
                {{ dbt_utils.generate_surrogate_key(['id', 'sku']) }} as supply_uuid,
                id as supply_id
            from raw_supplies
            """;

    @Test
    void callIntoAListedPackageThatIsNotInstalledFailsAtTheCall(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("packages.yml", PACKAGES)
                .file("models/stg_supplies.sql", SUPPLIES)
                .file("models/stg_orders.sql", "select 1 as order_id\n").compile();

        CompiledNode supplies = compiled(snapshot, "stg_supplies");
        assertTrue(supplies.failed(), supplies.compiledSql());
        // the call fails while dbt parses the model, so the problem is the snapshot's (as for any parse-time error)
        List<Problem> problems = Stream.concat(snapshot.problems().stream(),
                supplies.problems().stream()).filter(p -> p.file() != null && p.file().endsWith("stg_supplies.sql"))
                .toList();
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals("compilation-error", problem.code());
        assertEquals(Severity.ERROR, problem.severity());
        assertTrue(problem.message().startsWith("'dbt_utils' is undefined: package 'dbt-labs/dbt_utils' is listed"),
                problem.message());
        assertEquals(1, problem.line());
        assertEquals(SUPPLIES.lines().toList().get(1).indexOf("dbt_utils"), problem.column());

        assertFalse(compiled(snapshot, "stg_orders").failed(), "models that do not use the package still compile");
    }

    @Test
    void installedPackageIsCalledNormally(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("packages.yml", PACKAGES)
                .file("dbt_packages/dbt_utils/dbt_project.yml", "name: dbt_utils\nversion: '1.1.1'\n")
                .file("dbt_packages/dbt_utils/macros/keys.sql", """
                        {% macro generate_surrogate_key(fields) %}md5({{ fields | join(' || ') }}){% endmacro %}
                        """)
                .file("models/stg_supplies.sql", SUPPLIES).compile();

        CompiledNode supplies = compiled(snapshot, "stg_supplies");
        assertFalse(supplies.failed(), supplies.problems().toString());
        assertTrue(supplies.compiledSql().contains("md5(id || sku) as supply_uuid"), supplies.compiledSql());
    }

    private static CompiledNode compiled(ProjectSnapshot snapshot, String model) {
        return snapshot.compiled().values().stream().filter(c -> c.node().spec().name().equals(model)).findFirst()
                .orElseThrow(() -> new AssertionError("no compiled node " + model));
    }
}

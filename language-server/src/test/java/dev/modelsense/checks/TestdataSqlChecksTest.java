package dev.modelsense.checks;

import dev.modelsense.compile.GoldenCompileTest;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture projects are valid SQL for their adapters: the SQL checks must not flag any of it (no false squiggles). */
class TestdataSqlChecksTest {

    @ParameterizedTest
    @CsvSource({"jaffle_shop_duckdb,dev", "jaffle_shop_duckdb,prod", "analytics_multi,postgres",
            "analytics_multi,snowflake"})
    void validModelsHaveNoSqlSyntaxErrors(String project, String target) {
        ProjectSnapshot snapshot = GoldenCompileTest.compile(project, target);
        SqlChecks checks = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(10), Executors.newSingleThreadExecutor()));
        List<String> flagged = new ArrayList<>();
        for (ParsedNode node : snapshot.enabledNodes()) {
            for (Problem problem : checks.check(snapshot, node)) {
                if (problem.code().equals("sql-syntax")) {
                    flagged.add(node.uniqueId() + ": " + problem.message());
                }
            }
        }
        assertEquals(List.of(), flagged);
    }
}

package dev.modelsense.checks;

import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlChecksTest {

    @TempDir
    Path dir;

    private final ExecutorService parser = Executors.newSingleThreadExecutor();
    private final SqlChecks checks = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(5), parser));

    @AfterEach
    void stop() {
        parser.shutdownNow();
    }

    @Test
    void aSyntaxErrorIsShownWhereTheTemplateWroteIt() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg.sql", "select 1 as id")
                .file("models/orders.sql", """
                        {{ config(materialized='table') }}
                        select
                            id,
                            {% for m in ['a', 'b'] %}{{ m }}_amount,{% endfor %}
                        from {{ ref('stg') }}
                        """)
                .compile();
        List<Problem> problems = checks.check(snapshot, snapshot.nodes().get("model.shop.orders"));
        assertEquals(1, problems.size(), problems::toString);
        Problem problem = problems.get(0);
        assertEquals("sql-syntax", problem.code());
        assertTrue(problem.line() == 3 || problem.line() == 4, problem::toString);
        assertTrue(problem.file().endsWith("orders.sql"));
    }

    @Test
    void validSqlHasNoProblems() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg.sql", "select 1 as id, 'x' as name")
                .file("models/orders.sql", "with final as (select * from {{ ref('stg') }}) select id from final")
                .compile();
        assertEquals(List.of(), checks.check(snapshot, snapshot.nodes().get("model.shop.orders")));
    }

    @Test
    void documentedColumnsTheQueryDoesNotProduceAreReportedOnTheYaml() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg.sql", "select 1 as id, 'x' as name")
                .file("models/orders.sql", "select * from {{ ref('stg') }}")
                .file("models/schema.yml", """
                        version: 2
                        models:
                          - name: orders
                            columns:
                              - name: id
                              - name: amount
                        """)
                .compile();
        List<Problem> problems = checks.check(snapshot, snapshot.nodes().get("model.shop.orders"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("column-not-produced", problems.get(0).code());
        assertTrue(problems.get(0).message().contains("'amount'"));
        assertTrue(problems.get(0).file().endsWith("schema.yml"));
        assertEquals(5, problems.get(0).line());
    }

    @Test
    void upstreamColumnChangesAreNotHiddenByTheCache() {
        ProjectSnapshot first = TestProjects.in(dir)
                .file("models/stg.sql", "select 1 as id, 2 as amount")
                .file("models/orders.sql", "select * from {{ ref('stg') }}")
                .file("models/schema.yml", "version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: amount\n")
                .compile();
        assertEquals(List.of(), checks.check(first, first.nodes().get("model.shop.orders")));
        ProjectSnapshot second = TestProjects.in(dir).file("models/stg.sql", "select 1 as id")
                .file("models/orders.sql", "select * from {{ ref('stg') }}")
                .file("models/schema.yml", "version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: amount\n")
                .compile();
        assertEquals(1, checks.check(second, second.nodes().get("model.shop.orders")).size());
    }

    @Test
    void aStatementOverTheBudgetIsReportedNotHung() {
        StringBuilder nested = new StringBuilder("select ");
        for (int i = 0; i < 300; i++) {
            nested.append("case when x = ").append(i).append(" then ");
        }
        nested.append("1");
        for (int i = 0; i < 300; i++) {
            nested.append(" end");
        }
        nested.append(" as deep from t");
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/deep.sql", nested.toString()).compile();
        List<Problem> problems = checks.check(snapshot, snapshot.nodes().get("model.shop.deep"));
        assertEquals(List.of("sql-analysis-skipped"), problems.stream().map(Problem::code).toList());
    }
}

package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.modelsense.conventions.ConventionsFixture.assertAt;
import static dev.modelsense.conventions.ConventionsFixture.at;
import static dev.modelsense.conventions.ConventionsFixture.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column-name contracts on models' output columns, positioned on the alias in the raw model text. */
class ColumnNameRuleTest {

    private static final String UPPER_PRESET = """
            preset: default
            case: upper
            subjects: [ORDER, ORDERS, RETURNED, USER, ACTIVE, DAYS, FIRST, TOTAL]
            """;

    private static final String STG_ORDERS = """
            select 1 as ID_ORDER, cast('2024-01-01' as date) as DT_ORDER,
                   case when 1 = 1 then 1 else 0 end as IND_RETURNED, 2.5 as AMT_TOTAL
            """;

    private static final String FCT_ORDERS = """
            {{ config(materialized='table') }}
            {% set flag = 'IND_RETURNED' %}
            select
                ID_ORDER,
                DT_ORDER as N_DAYS,
                sum({{ flag }}) as IND_RETURNED,
                count(*) as NB_ORDERS,
                ID_ORDER as order_id,
                ID_ORDER as ID_ORDR,
                ID_ORDER as ind_user_active
            from {{ ref('stg_orders') }}
            group by 1, 2, 5, 6, 7
            """;

    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    private static Conventions conventions(String yaml) {
        List<String> errors = new ArrayList<>();
        ColumnContract contract = ConventionsFixture.contract(yaml, errors);
        assertEquals(List.of(), errors);
        return ConventionsFixture.with(contract);
    }

    @Test
    void reportsEachBreachAtItsAliasWithFixes(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/stg_orders.sql", STG_ORDERS)
                .file("models/fct_orders.sql", FCT_ORDERS).compile();
        List<Finding> findings = ConventionsFixture.check(threads, snapshot, conventions(UPPER_PRESET));

        assertEquals(List.of(), of(findings, "stg_orders", ColumnNameRule.TYPE_MISMATCH), "the clean upstream");
        List<Finding> mismatches = of(findings, "fct_orders", ColumnNameRule.TYPE_MISMATCH);
        assertEquals(2, mismatches.size(), mismatches.toString());
        Finding date = mismatches.get(0);
        assertAt(at(FCT_ORDERS, "as N_DAYS", "N_DAYS"), date.problem());
        assertTrue(date.problem().message().contains("a date (cast(... as date))"), date.problem().message());
        assertEquals(List.of(new Fix.RenameColumn(date.nodeId(), "N_DAYS", "DT_DAYS")), date.fixes());

        Finding sum = mismatches.get(1);
        assertAt(at(FCT_ORDERS, "as IND_RETURNED", "IND_RETURNED"), sum.problem());
        assertTrue(sum.problem().message().contains("sum(...) of IND_RETURNED"), sum.problem().message());
        assertEquals(List.of(new Fix.RenameColumn(sum.nodeId(), "IND_RETURNED", "N_RETURNED")), sum.fixes());

        List<Finding> prefixes = of(findings, "fct_orders", ColumnNameRule.PREFIX_UNKNOWN);
        assertEquals(2, prefixes.size(), prefixes.toString());
        assertAt(at(FCT_ORDERS, "as NB_ORDERS", "NB_ORDERS"), prefixes.get(0).problem());
        assertTrue(prefixes.get(0).problem().message().contains("did you mean N_ORDERS?"));
        assertEquals(List.of(new Fix.RenameColumn(prefixes.get(0).nodeId(), "NB_ORDERS", "N_ORDERS")),
                prefixes.get(0).fixes());
        assertAt(at(FCT_ORDERS, "as order_id", "order_id"), prefixes.get(1).problem());
        assertEquals("ORDER_ID -> ID_ORDER", ((Fix.RenameColumn) prefixes.get(1).fixes().get(0)).from().toUpperCase()
                + " -> " + ((Fix.RenameColumn) prefixes.get(1).fixes().get(0)).to());

        List<Finding> grammar = of(findings, "fct_orders", ColumnNameRule.GRAMMAR);
        assertEquals(2, grammar.size(), grammar.toString());
        assertAt(at(FCT_ORDERS, "as order_id", "order_id"), grammar.get(0).problem());
        assertAt(at(FCT_ORDERS, "as ind_user_active", "ind_user_active"), grammar.get(1).problem());
        assertEquals(new Fix.RenameColumn(grammar.get(1).nodeId(), "ind_user_active", "IND_USER_ACTIVE"),
                grammar.get(1).fixes().get(0));
        assertTrue(grammar.get(1).fixes().contains(new Fix.AddTests(grammar.get(1).nodeId(), "ind_user_active",
                ConventionsFixture.contract(UPPER_PRESET, new ArrayList<>()).prefix("IND").orElseThrow().tests())),
                grammar.get(1).fixes().toString());

        List<Finding> subjects = of(findings, "fct_orders", ColumnNameRule.SUBJECT_UNKNOWN);
        assertEquals(1, subjects.size(), subjects.toString());
        assertAt(at(FCT_ORDERS, "as ID_ORDR", "ID_ORDR"), subjects.get(0).problem());
        assertEquals(new Fix.RenameColumn(subjects.get(0).nodeId(), "ID_ORDR", "ID_ORDER"),
                subjects.get(0).fixes().get(0));
    }

    @Test
    void booleanIsPrefixIsNotRespelledAsAnId(@TempDir Path dir) {
        // jaffle-shop style flags: `is` is one letter from ID, but renaming is_food_item to id_food_item changes its
        // meaning, so the finding offers no rename (while a two-letter NB still reads as N)
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/stg_products.sql", """
                select 1 as id_product, case when 1 = 1 then 1 else 0 end as is_food_item, 2 as nb_orders
                """).compile();
        List<Finding> prefixes = of(ConventionsFixture.check(threads, snapshot, conventions("preset: default\n")),
                "stg_products", ColumnNameRule.PREFIX_UNKNOWN);

        assertEquals(2, prefixes.size(), prefixes.toString());
        Finding flag = prefixes.get(0);
        assertTrue(flag.problem().message().startsWith("Column 'is_food_item' starts with 'is'"),
                flag.problem().message());
        assertTrue(!flag.problem().message().contains("did you mean"), flag.problem().message());
        assertEquals(List.of(), flag.fixes());
        assertEquals(List.of(new Fix.RenameColumn(prefixes.get(1).nodeId(), "nb_orders", "n_orders")),
                prefixes.get(1).fixes());
    }

    @Test
    void cleanModelHasNoFindings(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/stg_orders.sql", STG_ORDERS)
                .file("models/fct_orders.sql", """
                        {% set grain = 'ID_ORDER' %}
                        select {{ grain }}, DT_ORDER, max(IND_RETURNED) as IND_RETURNED,
                               sum(IND_RETURNED) as N_RETURNED, sum(AMT_TOTAL) as AMT_TOTAL
                        from {{ ref('stg_orders') }}
                        group by 1, 2
                        """).compile();
        assertEquals(List.of(), ConventionsFixture.check(threads, snapshot, conventions(UPPER_PRESET)));
    }

    @Test
    void offUnlessTheProjectOptsIn(@TempDir Path dir) {
        ProjectSnapshot snapshot = TestProjects.in(dir).file("models/fct.sql", "select 1 as whatever").compile();
        assertEquals(List.of(), ConventionsFixture.check(threads, snapshot, Conventions.defaults()));
        assertEquals(1, ConventionsFixture.check(threads, snapshot, conventions("enabled: true")).size());
    }

    @Test
    void starExpandedColumnsPointAtTheStar(@TempDir Path dir) {
        String downstream = """
                {{ config(materialized='view') }}
                select * from {{ ref('stg_flags') }}
                """;
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg_flags.sql", "select current_date as IND_ACTIVE")
                .file("models/int_flags.sql", downstream).compile();
        List<Finding> findings = ConventionsFixture.check(threads, snapshot, conventions("preset: default"));
        List<Finding> star = of(findings, "int_flags", ColumnNameRule.TYPE_MISMATCH);
        assertEquals(1, star.size(), findings.toString());
        assertAt(at(downstream, "select *", "*"), star.get(0).problem());
        assertTrue(star.get(0).problem().message().contains("current_date"), star.get(0).problem().message());
    }

    @Test
    void yamlDataTypesOfUpstreamAndOwnColumnsAreEvidence(@TempDir Path dir) {
        String model = "select code as DT_CODE, other as N_OTHER from {{ ref('stg_codes') }}";
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg_codes.sql", "select 1 as code, 2 as other from range(1)")
                .file("models/stg_codes.yml", """
                        version: 2
                        models:
                          - name: stg_codes
                            columns:
                              - name: code
                                data_type: varchar(20)
                          - name: fct_codes
                            columns:
                              - name: N_OTHER
                                data_type: timestamp
                        """)
                .file("models/fct_codes.sql", model).compile();
        List<Finding> findings = of(ConventionsFixture.check(threads, snapshot, conventions("preset: default")),
                "fct_codes", ColumnNameRule.TYPE_MISMATCH);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).problem().message().contains("data_type varchar(20) of stg_codes.code"),
                findings.get(0).problem().message());
        assertAt(at(model, "DT_CODE", "DT_CODE"), findings.get(0).problem());
    }

    @Test
    void recordedWarehouseTypesAreEvidence(@TempDir Path dir) throws java.io.IOException {
        String model = "select code as N_CODE from {{ ref('raw_codes') }}";
        TestProjects project = TestProjects.in(dir).file("models/raw_codes.sql", "select * from read_csv('c.csv')")
                .file("models/fct_codes.sql", model);
        var raw = project.compile().nodes().get("model.shop.raw_codes");
        dev.modelsense.compile.RecordedMetadata recorded = dev.modelsense.compile.RecordedMetadata.empty();
        recorded.recordColumns(raw.database(), raw.schema(), raw.alias(),
                List.of(new dev.modelsense.jinja.ColumnInfo("CODE", "VARCHAR")));
        java.nio.file.Files.createDirectories(dir.resolve("target"));
        java.nio.file.Files.writeString(dir.resolve("target").resolve(dev.modelsense.compile.RecordedMetadata.FILE_NAME),
                recorded.toJson());

        List<Finding> findings = of(ConventionsFixture.check(threads, project.compile(), conventions("preset: default")),
                "fct_codes", ColumnNameRule.TYPE_MISMATCH);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).problem().message().contains("warehouse type VARCHAR"),
                findings.get(0).problem().message());
    }

    @Test
    void impliedTestsPerColumn() {
        Conventions conventions = conventions("preset: default");
        Map<String, List<Fix.ImpliedTest>> tests = ImpliedTests.forColumns(conventions.columns(),
                List.of("IND_ACTIVE", "n_orders", "AMT_TOTAL", "status"));
        assertEquals(List.of("IND_ACTIVE", "n_orders"), List.copyOf(tests.keySet()));
        assertEquals("accepted_values", tests.get("IND_ACTIVE").get(1).name());
        assertEquals(Map.of("values", List.of(0, 1), "quote", false), tests.get("IND_ACTIVE").get(1).arguments());
        assertEquals(new Fix.ImpliedTest("dbt_utils.accepted_range", Map.of("min_value", 0)),
                tests.get("n_orders").get(1));
    }
}

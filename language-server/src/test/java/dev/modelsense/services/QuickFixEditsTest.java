package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.conventions.Fix;
import dev.modelsense.lineage.ColumnImpact;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.sql.SqlAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edits of quick fixes, applied to the project's files and compiled again: the project still compiles and
 * what the fix promised is there (a description, tests, a renamed column that every child still finds).
 */
class QuickFixEditsTest {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool();
    private static final ColumnLineage LINEAGE = new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), THREADS));

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @Test
    void modelDescriptionStubGoesUnderTheNameOfItsEntryInTheFilesIndentation() throws IOException {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/orders.sql", "select 1 as id\n")
                .file("models/_models.yml", """
                        version: 2
                        models:
                            -   name: orders
                                columns:
                                    -   name: id
                                        data_tests: [unique]
                            -   name: other
                        """)
                .file("models/other.sql", "select 2 as id\n")
                .compile();
        ProjectSnapshot after = apply(before, new Fix.AddDescription("model.shop.orders", null));
        assertEquals("", node(after, "orders").spec().properties().description());
        assertEquals("""
                version: 2
                models:
                    -   name: orders
                        description: ""
                        columns:
                            -   name: id
                                data_tests: [unique]
                    -   name: other
                """, Files.readString(dir.resolve("models/_models.yml")));
        assertEquals(List.of("unique"), column(after, "orders", "id").dataTests());
        assertFalse(after.hasErrors(), () -> after.allProblems().toString());
        // described already: nothing more to add
        assertTrue(QuickFixes.edits(after, new DiskFileSource(), LINEAGE,
                new Fix.AddDescription("model.shop.orders", null)).isEmpty());
    }

    @Test
    void columnDescriptionStubCreatesTheColumnEntryWhenMissing() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/orders.sql", "select 1 as id, 2 as amount\n")
                .file("models/_models.yml", """
                        version: 2
                        models:
                          - name: orders
                            description: All orders
                            columns:
                              - name: id
                                description: The key
                        """)
                .compile();
        ProjectSnapshot after = apply(before, new Fix.AddDescription("model.shop.orders", "amount"));
        assertEquals("", column(after, "orders", "amount").description());
        assertEquals("The key", column(after, "orders", "id").description());
        assertEquals("All orders", node(after, "orders").spec().properties().description());
    }

    @Test
    void aModelWithoutYamlGetsAnEntryInANewFileOfItsFolderAndNeverASecondOne() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/staging/stg_orders.sql", "select 1 as id\n")
                .compile();
        FixEdits edits = QuickFixes.edits(before, new DiskFileSource(), LINEAGE,
                new Fix.AddDescription("model.shop.stg_orders", "id")).orElseThrow();
        Path created = dir.resolve("models/staging/_staging__models.yml").toAbsolutePath().normalize();
        assertTrue(edits.creates(created));
        ProjectSnapshot after = write(edits);
        assertEquals("", column(after, "stg_orders", "id").description());
        // the model has an entry now: a second fix edits it instead of adding another
        ProjectSnapshot again = apply(after, new Fix.AddDescription("model.shop.stg_orders", null));
        assertEquals("", node(again, "stg_orders").spec().properties().description());
        assertEquals(1, again.project().properties().stream().flatMap(f -> f.nodes().stream())
                .filter(n -> n.name().equals("stg_orders")).count());
    }

    @Test
    void aModelWithoutYamlIsAppendedToTheModelsListOfItsFoldersPropertyFile() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/a.sql", "select 1 as id\n")
                .file("models/b.sql", "select 1 as id\n")
                .file("models/schema.yml", "version: 2\nmodels:\n- name: a\n  description: A\n")
                .compile();
        ProjectSnapshot after = apply(before, new Fix.AddDescription("model.shop.b", null));
        assertEquals("", node(after, "b").spec().properties().description());
        assertEquals("A", node(after, "a").spec().properties().description());
    }

    @Test
    void impliedTestsGoUnderTheColumnsExistingTestListWithTheirArguments() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/users.sql", "select 1 as IND_USER_ACTIVE, 2 as N_ORDERS\n")
                .file("models/_models.yml", """
                        version: 2
                        models:
                          - name: users
                            columns:
                              - name: IND_USER_ACTIVE
                                tests:
                                  - not_null
                              - name: N_ORDERS
                        """)
                .compile();
        Fix.AddTests flag = new Fix.AddTests("model.shop.users", "IND_USER_ACTIVE", List.of(
                Fix.ImpliedTest.of("not_null"), new Fix.ImpliedTest("accepted_values", Map.of("values", List.of(0, 1)))));
        ProjectSnapshot after = apply(before, flag);
        assertEquals(List.of("not_null", Map.of("accepted_values", Map.of("values", List.of(0, 1)))),
                column(after, "users", "IND_USER_ACTIVE").dataTests());
        ProjectSnapshot counted = apply(after, new Fix.AddTests("model.shop.users", "N_ORDERS", List.of(
                new Fix.ImpliedTest("dbt_utils.accepted_range", Map.of("min_value", 0)))));
        assertEquals(List.of(Map.of("dbt_utils.accepted_range", Map.of("min_value", 0))),
                column(counted, "users", "N_ORDERS").dataTests());
        assertTrue(QuickFixes.edits(counted, new DiskFileSource(), LINEAGE, flag).isEmpty(), "tests present already");
    }

    @Test
    void renamingAColumnRenamesItsAliasEveryDownstreamUseAndTheYamlEntries() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/orders.sql", "select id, amount * 100 as amt from {{ ref('raw_orders') }}\n")
                .file("models/raw_orders.sql", "select 1 as id, 2.5 as amount\n")
                .file("models/order_totals.sql", """
                        with o as (
                            select id, amt from {{ ref('orders') }}
                        )
                        select o.id, o.amt, amt * 2 as doubled -- amt stays in comments
                        from o
                        where o.amt > 0 and '{{ "amt" }}' = 'amt'
                        """)
                .file("models/order_report.sql", "select * from {{ ref('order_totals') }}\n")
                .file("models/big_orders.sql", "select amt as big from {{ ref('orders') }} join {{ ref('raw_orders') }} r using (id)\n")
                .file("models/_models.yml", """
                        version: 2
                        models:
                          - name: orders
                            columns:
                              - name: amt
                                data_tests: [not_null]
                          - name: order_totals
                            columns:
                              - name: amt
                        """)
                .compile();
        ProjectSnapshot after = apply(before, new Fix.RenameColumn("model.shop.orders", "amt", "AMT_ORDER"));
        assertFalse(after.hasErrors(), () -> after.allProblems().toString());
        assertEquals("select id, amount * 100 as AMT_ORDER from {{ ref('raw_orders') }}\n",
                node(after, "orders").spec().rawCode());
        assertTrue(node(after, "order_totals").spec().rawCode().contains(
                "select o.id, o.AMT_ORDER, AMT_ORDER * 2 as doubled -- amt stays in comments"));
        assertTrue(node(after, "order_totals").spec().rawCode().contains("'{{ \"amt\" }}' = 'amt'"));
        assertEquals("select AMT_ORDER as big from {{ ref('orders') }} join {{ ref('raw_orders') }} r using (id)\n",
                node(after, "big_orders").spec().rawCode());
        assertEquals(List.of("not_null"), column(after, "orders", "AMT_ORDER").dataTests());
        assertTrue(column(after, "order_totals", "AMT_ORDER") != null);
        assertEquals(List.of(), ColumnImpact.problems(LINEAGE.build(after)), "every use still finds its column");
        assertTrue(LINEAGE.build(after).node("model.shop.order_report").orElseThrow().column("AMT_ORDER").isPresent());
    }

    @Test
    void aColumnPassedThroughUnaliasedGetsAnAlias() {
        ProjectSnapshot before = TestProjects.in(dir)
                .file("models/raw.sql", "select 1 as flag\n")
                .file("models/users.sql", "select r.flag\nfrom {{ ref('raw') }} r\n")
                .compile();
        ProjectSnapshot after = apply(before, new Fix.RenameColumn("model.shop.users", "flag", "IND_USER_ACTIVE"));
        assertEquals("select r.flag as IND_USER_ACTIVE\nfrom {{ ref('raw') }} r\n", node(after, "users").spec().rawCode());
        assertEquals("select 1 as flag\n", node(after, "raw").spec().rawCode(), "upstream untouched");
    }

    @Test
    void aColumnJinjaPrintsOrAStarProducesIsNotRenamedWhereItIsMade() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/raw.sql", "select 1 as flag\n")
                .file("models/starred.sql", "select * from {{ ref('raw') }}\n")
                .file("models/printed.sql", "select 1 as {{ 'flag' }}\n")
                .compile();
        assertEquals(Optional.empty(), QuickFixes.edits(snapshot, new DiskFileSource(), LINEAGE,
                new Fix.RenameColumn("model.shop.starred", "flag", "IND_FLAG")));
        assertEquals(Optional.empty(), QuickFixes.edits(snapshot, new DiskFileSource(), LINEAGE,
                new Fix.RenameColumn("model.shop.printed", "flag", "IND_FLAG")));
    }

    @Test
    void aFileEditedSinceTheSnapshotGetsNoEdits() throws IOException {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/users.sql", "select 1 as flag\n")
                .compile();
        Files.writeString(dir.resolve("models/users.sql"), "select 1 as flag, 2 as other\n");
        assertEquals(Optional.empty(), QuickFixes.edits(snapshot, new DiskFileSource(), LINEAGE,
                new Fix.RenameColumn("model.shop.users", "flag", "IND_FLAG")));
    }

    private ProjectSnapshot apply(ProjectSnapshot snapshot, Fix fix) {
        FixEdits edits = QuickFixes.edits(snapshot, new DiskFileSource(), LINEAGE, fix)
                .orElseThrow(() -> new AssertionError("no edits for " + fix));
        return write(edits);
    }

    /** Writes the edited files and compiles the project again. */
    private ProjectSnapshot write(FixEdits edits) {
        TestProjects project = TestProjects.in(dir);
        try {
            for (Path file : edits.files()) {
                String text = edits.applied(file);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                project.file(dir.toAbsolutePath().normalize().relativize(file).toString(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project.compile();
    }

    private static ParsedNode node(ProjectSnapshot snapshot, String name) {
        return snapshot.nodes().get("model.shop." + name);
    }

    private static ColumnProperties column(ProjectSnapshot snapshot, String model, String column) {
        return node(snapshot, model).spec().properties().columns().stream()
                .filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError(column + " not in " + node(snapshot, model).spec().properties()));
    }
}

package dev.modelsense.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuckDbDeferAndIncrementalTest {

    @TempDir
    Path dir;

    private Path project(Map<String, String> models) {
        Map<String, String> files = new HashMap<>(models);
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
        files.put("profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/shop.duckdb
                      schema: main
                    prod:
                      type: duckdb
                      path: target/shop.duckdb
                      schema: prod
                """);
        files.put("models/sources.yml", "version: 2\nsources:\n  - name: raw\n    schema: prod\n    tables:\n"
                + "      - name: events\n");
        return SandboxFixture.write(dir.resolve("p"), files);
    }

    private RunResult.Finished run(Path root, String select, String defer) {
        RunRequest request = RunRequest.of(SandboxFixture.compile(root), List.of(select)).withUser("ann");
        return SandboxFixture.finished(SandboxFixture.runner().run(defer == null ? request : request.withDefer(defer),
                ProgressListener.SILENT, CancellationToken.none()));
    }

    @Test
    void aParentOnlyInProductionIsReadFromProductionUntilBuiltInTheSandbox() {
        Path root = project(Map.of(
                "models/parent.sql", "select 1 as id, 'sandbox' as built_in\n",
                "models/child.sql", "{{ config(materialized='table') }}\nselect * from {{ ref('parent') }}\n"));
        try (Connection db = SandboxFixture.duckdb(root.resolve("target/shop.duckdb"))) {
            SandboxFixture.execute(db, "create schema prod",
                    "create table prod.parent as select 1 as id, 'production' as built_in");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        RunResult.Finished first = run(root, "child", "prod");
        assertTrue(first.resolutions().contains(new Resolution("model.shop.parent", "parent",
                Resolution.Place.PRODUCTION, "shop.prod.parent")), first.resolutions().toString());
        assertEquals(List.of(List.of(1, "production")), first.preview().orElseThrow().rows());

        run(root, "parent", "prod");
        RunResult.Finished again = run(root, "child", "prod");
        assertTrue(again.resolutions().contains(new Resolution("model.shop.parent", "parent",
                Resolution.Place.SANDBOX_EXISTING, "shop.main_ann.parent")), again.resolutions().toString());
        assertEquals(List.of(List.of(1, "sandbox")), again.preview().orElseThrow().rows());
    }

    @Test
    void productionInItsOwnDatabaseFileIsAttachedReadOnly() {
        Map<String, String> files = new HashMap<>();
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
        files.put("profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/dev.duckdb
                      schema: main
                    prod:
                      type: duckdb
                      path: target/warehouse.duckdb
                      schema: analytics
                """);
        files.put("models/parent.sql", "select 1 as id\n");
        files.put("models/child.sql", "select id, 'child' as built from {{ ref('parent') }}\n");
        Path root = SandboxFixture.write(dir.resolve("files"), files);
        try (Connection db = SandboxFixture.duckdb(root.resolve("target/warehouse.duckdb"))) {
            SandboxFixture.execute(db, "create schema analytics",
                    "create table analytics.parent as select 7 as id");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        RunResult.Finished run = run(root, "child", "prod");
        assertTrue(run.resolutions().contains(new Resolution("model.shop.parent", "parent",
                Resolution.Place.PRODUCTION, "warehouse.analytics.parent")), run.resolutions().toString());
        assertEquals(List.of(List.of(7, "child")), run.preview().orElseThrow().rows());
    }

    @Test
    void incrementalSecondRunMergesByUniqueKeyAndAppendsWithout() {
        Path root = project(Map.of(
                "models/merged.sql", """
                        {{ config(materialized='incremental', unique_key='id') }}
                        select id, status from {{ source('raw', 'events') }}
                        {% if is_incremental() %}where id >= (select max(id) from {{ this }}){% endif %}
                        """,
                "models/appended.sql", """
                        {{ config(materialized='incremental') }}
                        select id, status from {{ source('raw', 'events') }}
                        {% if is_incremental() %}where id > (select max(id) from {{ this }}){% endif %}
                        """));
        Path file = root.resolve("target/shop.duckdb");
        try (Connection db = SandboxFixture.duckdb(file)) {
            SandboxFixture.execute(db, "create schema prod", "create table prod.events as "
                    + "select * from (values (1, 'new'), (2, 'new')) t(id, status)");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        RunResult.Finished first = run(root, "merged appended", null);
        assertTrue(first.outcomes().stream().allMatch(o -> o instanceof ModelOutcome.Built b
                && b.how().equals("incremental (first build as a table)")), first.outcomes().toString());

        try (Connection db = SandboxFixture.duckdb(file)) {
            SandboxFixture.execute(db, "update prod.events set status = 'shipped' where id = 2",
                    "insert into prod.events values (3, 'new')");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        RunResult.Finished second = run(root, "merged appended", null);
        assertEquals(List.of("incremental delete+insert", "incremental append"), second.outcomes().stream()
                .map(o -> ((ModelOutcome.Built) o).how()).sorted((a, b) -> b.compareTo(a)).toList());
        try (Connection db = SandboxFixture.duckdb(file)) {
            assertEquals(List.of(List.of(1, "new"), List.of(2, "shipped"), List.of(3, "new")),
                    SandboxFixture.query(db, "select id, status from main_ann.merged order by id"));
            assertEquals(List.of(List.of(1, "new"), List.of(2, "new"), List.of(3, "new")),
                    SandboxFixture.query(db, "select id, status from main_ann.appended order by id"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void previewWritesAsCsv() {
        Path root = project(Map.of("models/quoted.sql",
                "select 1 as id, 'a, \"b\"' as label, null as missing, date '2024-01-02' as day\n"));
        Preview preview = run(root, "quoted", null).preview().orElseThrow();
        assertEquals("id,label,missing,day\r\n1,\"a, \"\"b\"\"\",,2024-01-02\r\n", PreviewCsv.toCsv(preview));
        assertEquals(java.sql.Types.DATE, preview.columns().get(3).jdbcType());
    }
}

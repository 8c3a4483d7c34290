package dev.modelsense.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuckDbSandboxRunTest {

    @TempDir
    Path dir;

    @Test
    void jaffleShopBuildsSeedsThenModelsIntoTheSandboxAndPreviewsTheLast() throws Exception {
        Path root = SandboxFixture.jaffleShop(dir.resolve("jaffle"));
        List<String> progress = new ArrayList<>();
        RunResult result = SandboxFixture.runner().run(
                RunRequest.of(SandboxFixture.compile(root), List.of("+customers")).withUser("Alice.Smith")
                        .withPreviewLimit(5),
                progress::add, CancellationToken.none());
        RunResult.Finished done = SandboxFixture.finished(result);

        assertEquals("main_alice_smith", done.sandbox().schema());
        assertTrue(progress.get(0).startsWith("Sandbox jaffle_shop.main_alice_smith"), progress.toString());
        List<String> built = done.outcomes().stream().filter(o -> o instanceof ModelOutcome.Built)
                .map(ModelOutcome::uniqueId).toList();
        assertEquals(List.of("seed.jaffle_shop.raw_customers", "seed.jaffle_shop.raw_orders",
                "seed.jaffle_shop.raw_payments", "model.jaffle_shop.stg_customers", "model.jaffle_shop.stg_orders",
                "model.jaffle_shop.stg_payments", "model.jaffle_shop.customers"),
                built.stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertTrue(done.outcomes().stream().anyMatch(o -> o instanceof ModelOutcome.Skipped s
                && s.uniqueId().equals("model.jaffle_shop.int_order_payments")), "ephemeral parent is inlined");
        assertTrue(done.resolutions().stream().anyMatch(r -> r.name().equals("int_order_payments")
                && r.place() == Resolution.Place.INLINED));

        Preview preview = done.preview().orElseThrow();
        assertEquals("main_alice_smith.customers", preview.relation());
        assertEquals(5, preview.rows().size());
        assertTrue(preview.truncated());
        assertEquals("customer_id", preview.columns().get(0).name());
        assertEquals("_built_by", preview.columns().get(preview.columns().size() - 1).name());

        try (Connection db = SandboxFixture.duckdb(root.resolve("target/jaffle_shop.duckdb"))) {
            List<List<Object>> tables = SandboxFixture.query(db, "select table_name, table_type from "
                    + "information_schema.tables where table_schema = 'main_alice_smith' order by 1");
            assertEquals(List.of(List.of("_modelsense_builds", "BASE TABLE"), List.of("customers", "BASE TABLE"), List.of("raw_customers", "BASE TABLE"),
                    List.of("raw_orders", "BASE TABLE"), List.of("raw_payments", "BASE TABLE"),
                    List.of("stg_customers", "VIEW"), List.of("stg_orders", "VIEW"), List.of("stg_payments", "VIEW")),
                    tables, "no temporary relation is left behind");
            assertEquals(List.of(List.of(30L)), SandboxFixture.query(db,
                    "select count(*) from main_alice_smith.customers"));
            assertEquals(List.of(List.of("INTEGER", "DATE")), SandboxFixture.query(db, "select "
                    + "max(case when column_name = 'id' then data_type end), max(case when column_name = "
                    + "'order_date' then data_type end) from information_schema.columns where table_schema = "
                    + "'main_alice_smith' and table_name = 'raw_orders'"), "seed types are inferred");
        }
    }

    private static int order(String id) {
        return List.of("seed.jaffle_shop.raw_customers", "seed.jaffle_shop.raw_orders", "seed.jaffle_shop.raw_payments",
                "model.jaffle_shop.stg_customers", "model.jaffle_shop.stg_orders", "model.jaffle_shop.stg_payments",
                "model.jaffle_shop.customers").indexOf(id);
    }

    @Test
    void customMaterializationIsAClearNotSupportedError() {
        Path root = SandboxFixture.write(dir.resolve("p"), Map.of(
                "dbt_project.yml", "name: shop\nprofile: shop\n",
                "profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
                        + "      path: target/shop.duckdb\n      schema: main\n",
                "models/odd.sql", "{{ config(materialized='materialized_view') }}\nselect 1 as id\n"));
        RunResult.Finished done = (RunResult.Finished) SandboxFixture.runner().run(
                RunRequest.of(SandboxFixture.compile(root), List.of("odd")).withUser("bob"), ProgressListener.SILENT,
                CancellationToken.none());
        ModelOutcome.Failed failed = assertInstanceOf(ModelOutcome.Failed.class, done.outcomes().get(0));
        assertEquals(SandboxError.Kind.UNSUPPORTED, failed.error().kind());
        assertTrue(failed.error().message().contains("'materialized_view'"), failed.error().message());
    }
}

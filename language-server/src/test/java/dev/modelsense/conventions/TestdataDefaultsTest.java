package dev.modelsense.conventions;

import dev.modelsense.compile.GoldenCompileTest;
import dev.modelsense.compile.ProjectSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in defaults on dbt-style projects without a modelsense.yml: only what their authors would call wrong. */
class TestdataDefaultsTest {

    @Test
    void jaffleShop() {
        ProjectSnapshot snapshot = GoldenCompileTest.compile("jaffle_shop_duckdb", "dev");
        List<Finding> findings = Checking.findings(snapshot);
        // dim_products reads the raw products table straight into a mart: the one layering breach of the project
        assertEquals(List.of("layer-source-outside-staging@models/marts/dim_products_v1.sql:6:8",
                "layer-source-outside-staging@models/marts/dim_products_v2.sql:4:21"), Checking.where(snapshot, findings));
        assertEquals("'dim_products' is in the marts layer but reads source('jaffle_raw', 'raw_products') directly; "
                + "only base/staging models should read sources", findings.get(0).problem().message());
    }

    @Test
    void analyticsMulti() {
        ProjectSnapshot snapshot = GoldenCompileTest.compile("analytics_multi", "postgres");
        List<Finding> findings = Checking.findings(snapshot);
        // stg_billing_documents unions two tables of one source (fine); legacy/ is disabled; rpt_ has no layer
        assertEquals(List.of(), Checking.where(snapshot, findings));
    }
}

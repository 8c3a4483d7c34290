package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterCredentialsTest {

    private final Problems problems = new Problems();

    private TargetProfile target(Map<String, Object> output) {
        return AdapterCredentials.toTarget("p", "dev", new LinkedHashMap<>(output), problems, new Location(Path.of("profiles.yml"), 0, 0));
    }

    @Test
    void duckdbDatabaseIsThePathStem() {
        assertEquals("dev", target(Map.of("type", "duckdb", "path", "dev.duckdb")).database());
        assertEquals("jaffle", target(Map.of("type", "duckdb", "path", "/data/warehouse/jaffle.duckdb")).database());
        assertEquals("memory", target(Map.of("type", "duckdb", "path", ":memory:")).database());
        assertEquals("memory", target(Map.of("type", "duckdb")).database());
        assertEquals("analytics", target(Map.of("type", "duckdb", "path", "md:analytics")).database());
        assertEquals("my_db", target(Map.of("type", "duckdb", "path", "md:")).database());
        assertEquals("lake", target(Map.of("type", "duckdb", "path", "s3://bucket/dir/lake.duckdb?x=1")).database());
        TargetProfile duck = target(Map.of("type", "duckdb", "path", "dev.duckdb"));
        assertEquals("main", duck.schema());
        assertEquals("dev.duckdb", duck.settings().get("path"), "the path stays available to the sandbox");
        assertTrue(problems.all().isEmpty());
    }

    @Test
    void duckdbDatabaseThatContradictsThePathIsAnError() {
        TargetProfile duck = target(Map.of("type", "duckdb", "path", "dev.duckdb", "database", "other"));
        assertEquals("other", duck.database());
        assertEquals("profile-invalid", problems.all().get(0).code());
    }

    @Test
    void postgresAndRedshiftUseDbname() {
        TargetProfile pg = target(Map.of("type", "postgres", "dbname", "warehouse", "schema", "dbt_ana", "user", "ana"));
        assertEquals("warehouse", pg.database());
        assertEquals("dbt_ana", pg.schema());
        assertEquals("warehouse", target(Map.of("type", "redshift", "dbname", "warehouse", "schema", "s")).database());
        assertEquals("warehouse", target(Map.of("type", "postgres", "database", "warehouse", "schema", "s")).database());
    }

    @Test
    void snowflakeUsesDatabaseAndSchema() {
        TargetProfile sf = target(Map.of("type", "snowflake", "database", "ANALYTICS", "schema", "DBT", "account", "x"));
        assertEquals("ANALYTICS", sf.database());
        assertEquals("DBT", sf.schema());
    }

    @Test
    void bigqueryMapsProjectAndDataset() {
        TargetProfile bq = target(Map.of("type", "bigquery", "project", "my-gcp", "dataset", "dbt_ana", "method", "oauth"));
        assertEquals("my-gcp", bq.database());
        assertEquals("dbt_ana", bq.schema());
        TargetProfile aliases = target(Map.of("type", "bigquery", "database", "p2", "schema", "s2"));
        assertEquals("p2", aliases.database());
        assertEquals("s2", aliases.schema());
        assertNull(target(Map.of("type", "bigquery", "dataset", "d")).database());
    }

    @Test
    void databricksUsesCatalogElseHiveMetastore() {
        assertEquals("main", target(Map.of("type", "databricks", "catalog", "main", "schema", "s")).database());
        assertEquals("hive_metastore", target(Map.of("type", "databricks", "schema", "s")).database());
        assertEquals("uc", target(Map.of("type", "databricks", "schema", "s",
                "session_properties", Map.of("databricks.catalog", "uc"))).database());
    }

    @Test
    void sparkAndClickhouseHaveNoDatabase() {
        TargetProfile spark = target(Map.of("type", "spark", "schema", "analytics", "host", "h"));
        assertNull(spark.database());
        assertEquals("analytics", spark.schema());
        TargetProfile ch = target(Map.of("type", "clickhouse", "host", "h"));
        assertNull(ch.database());
        assertEquals("default", ch.schema());
    }

    @Test
    void trinoUsesCatalog() {
        TargetProfile trino = target(Map.of("type", "trino", "catalog", "iceberg", "schema", "s", "host", "h"));
        assertEquals("iceberg", trino.database());
        assertEquals("s", trino.schema());
    }

    @Test
    void toStringRedactsSecrets() {
        TargetProfile sf = target(Map.of("type", "snowflake", "database", "d", "schema", "s", "password", "pw123",
                "private_key_passphrase", "pp", "token", "tk", "user", "ana"));
        String text = sf.toString();
        for (String secret : List.of("pw123", "pp", "tk")) {
            assertFalse(text.contains("=" + secret), text);
        }
        assertTrue(text.contains("ana"), text);
        assertEquals("pw123", sf.settings().get("password"), "settings keep the real value for connections");
    }
}

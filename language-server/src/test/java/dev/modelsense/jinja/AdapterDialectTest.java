package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdapterDialectTest {

    private static final IncludePolicy NO_DATABASE = new IncludePolicy(false, true, true);

    // dbt-adapters dbt-postgres/src/dbt/adapters/postgres/relation.py: BaseRelation defaults ('"', Policy() all true);
    // dbt-adapters dbt-adapters/src/dbt/adapters/contracts/relation.py: Policy fields default to True.
    @Test
    void postgresQuotesAndIncludesEverything() {
        assertDialect("postgres", "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
    }

    // dbt-adapters dbt-redshift/src/dbt/adapters/redshift/relation.py (RedshiftQuotePolicy/RedshiftIncludePolicy all
    // true) and dbt-redshift/src/dbt/adapters/redshift/__init__.py: dependencies=["postgres"].
    @Test
    void redshiftInheritsFromPostgres() {
        assertDialect("redshift", "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of("postgres"));
    }

    // dbt-adapters dbt-snowflake/src/dbt/adapters/snowflake/relation_configs/policies.py: SnowflakeQuotePolicy all
    // false; relation.py keeps BaseRelation's '"' and include policy.
    @Test
    void snowflakeQuotesNothing() {
        assertDialect("snowflake", "\"", QuotePolicy.NONE, IncludePolicy.ALL, List.of());
    }

    // dbt-adapters dbt-bigquery/src/dbt/adapters/bigquery/relation.py: quote_character "`", default policies.
    @Test
    void bigqueryUsesBackticks() {
        assertDialect("bigquery", "`", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
    }

    // dbt-adapters dbt-spark/src/dbt/adapters/spark/relation.py: SparkQuotePolicy all false, SparkIncludePolicy
    // database=False, quote_character "`"; spark/__init__.py declares no dependencies.
    @Test
    void sparkHasNoDatabasePart() {
        assertDialect("spark", "`", QuotePolicy.NONE, NO_DATABASE, List.of());
    }

    // databricks/dbt-databricks dbt/adapters/databricks/relation.py: DatabricksQuotePolicy and
    // DatabricksIncludePolicy all true, "`"; dbt/adapters/databricks/__init__.py: dependencies=["spark"].
    @Test
    void databricksQuotesEverythingAndInheritsFromSpark() {
        assertDialect("databricks", "`", QuotePolicy.ALL, IncludePolicy.ALL, List.of("spark"));
    }

    // duckdb/dbt-duckdb dbt/adapters/duckdb/relation.py: DuckDBRelation keeps BaseRelation defaults;
    // dbt/adapters/duckdb/__init__.py: no dependencies.
    @Test
    void duckdbKeepsBaseDefaults() {
        assertDialect("duckdb", "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
    }

    // starburstdata/dbt-trino dbt/adapters/trino/relation.py: TrinoQuotePolicy all false, base include policy.
    @Test
    void trinoQuotesNothing() {
        assertDialect("trino", "\"", QuotePolicy.NONE, IncludePolicy.ALL, List.of());
    }

    // ClickHouse/dbt-clickhouse dbt/adapters/clickhouse/relation.py: ClickHouseQuotePolicy all true,
    // ClickHouseIncludePolicy database=False, quote_character "`".
    @Test
    void clickhouseHasNoDatabasePart() {
        assertDialect("clickhouse", "`", QuotePolicy.ALL, NO_DATABASE, List.of());
    }

    @Test
    void unknownAdapterFallsBackToBaseRelationDefaults() {
        assertDialect("sqlserver", "\"", QuotePolicy.ALL, IncludePolicy.ALL, List.of());
        assertEquals("default", AdapterDialect.of(null).type());
    }

    @Test
    void adapterTypeIsCaseInsensitive() {
        assertEquals(AdapterDialect.of("snowflake"), AdapterDialect.of("Snowflake"));
    }

    @Test
    void dispatchTriesAdapterThenParentsThenDefault() {
        assertEquals(List.of("redshift", "postgres", "default"), AdapterDialect.of("redshift").dispatchOrder());
        assertEquals(List.of("databricks", "spark", "default"), AdapterDialect.of("databricks").dispatchOrder());
        assertEquals(List.of("duckdb", "default"), AdapterDialect.of("duckdb").dispatchOrder());
        assertEquals(List.of("default"), AdapterDialect.of(null).dispatchOrder());
    }

    @Test
    void quoteWrapsInTheAdapterQuoteCharacter() {
        assertEquals("\"my col\"", AdapterDialect.of("postgres").quote("my col"));
        assertEquals("`my col`", AdapterDialect.of("bigquery").quote("my col"));
    }

    private static void assertDialect(String type, String quoteChar, QuotePolicy quote, IncludePolicy include,
                                      List<String> parents) {
        AdapterDialect dialect = AdapterDialect.of(type);
        assertEquals(type, dialect.type());
        assertEquals(quoteChar, dialect.quoteChar(), "quote character");
        assertEquals(quote, dialect.defaultQuotePolicy(), "quote policy");
        assertEquals(include, dialect.defaultIncludePolicy(), "include policy");
        assertEquals(parents, dialect.parentAdapters(), "parent adapters");
    }
}

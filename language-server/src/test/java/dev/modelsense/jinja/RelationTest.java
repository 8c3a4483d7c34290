package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Relations print like each adapter's BaseRelation.render(). */
class RelationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgres|\"db\".\"sch\".\"tbl\"",
            "duckdb|\"db\".\"sch\".\"tbl\"",
            "redshift|\"db\".\"sch\".\"tbl\"",
            "snowflake|db.sch.tbl",
            "bigquery|`db`.`sch`.`tbl`",
            "databricks|`db`.`sch`.`tbl`",
            "spark|sch.tbl",
    })
    void rendersPerAdapter(String adapter, String expected) {
        assertEquals(expected, Relation.create(AdapterDialect.of(adapter), "db", "sch", "tbl", RelationType.TABLE).render());
    }

    @Test
    void jinjaMethodsTakeKeywordArguments() {
        AdapterDialect pg = AdapterDialect.of("postgres");
        ProjectScope scope = Harness.scope(pg, Map.of());
        FakeEnvironment env = FakeEnvironment.postgres();
        String out = Harness.render(scope, env, "{{ this.include(database=false) }}|{{ this.quote(identifier=false) }}|"
                + "{{ this.incorporate(path={'identifier': 'x__dbt_tmp'}, type='view') }}|{{ this.replace_path(schema='s2') }}|"
                + "{{ this.name }}|{{ this.is_table }}|{{ this.type }}|{{ this is mapping }}|"
                + "{{ api.Relation.create(schema='s', identifier='t') }}|{{ this.metadata.type }}");
        assertEquals("\"analytics\".\"fct_orders\"|\"warehouse\".\"analytics\".fct_orders|"
                + "\"warehouse\".\"analytics\".\"x__dbt_tmp\"|\"warehouse\".\"s2\".\"fct_orders\"|fct_orders|True|table|True|"
                + "\"s\".\"t\"|PostgresRelation", out);
    }

    @Test
    void adapterQuotesPerDialect() {
        ProjectScope scope = Harness.scope(AdapterDialect.of("bigquery"), Map.of());
        assertEquals("`a b`|bigquery", Harness.render(scope, new FakeEnvironment(AdapterDialect.of("bigquery")),
                "{{ adapter.quote('a b') }}|{{ adapter.type() }}"));
    }
}

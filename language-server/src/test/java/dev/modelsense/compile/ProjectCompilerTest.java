package dev.modelsense.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectCompilerTest {

    @TempDir
    Path dir;

    @Test
    void resolvesRefsAndSourcesForTheTarget() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/sources.yml", "version: 2\nsources:\n  - name: raw\n    tables:\n      - name: orders\n")
                .file("models/stg_orders.sql", "select * from {{ source('raw', 'orders') }}")
                .file("models/orders.sql", "select * from {{ ref('stg_orders') }}")
                .compile();
        assertEquals("select * from \"shop\".\"raw\".\"orders\"", TestProjects.sql(snapshot, "model.shop.stg_orders"));
        assertEquals("select * from \"shop\".\"main\".\"stg_orders\"", TestProjects.sql(snapshot, "model.shop.orders"));
        assertEquals(List.of("model.shop.stg_orders"), snapshot.nodes().get("model.shop.orders").dependsOn());
        assertFalse(snapshot.hasErrors(), () -> snapshot.allProblems().toString());
    }

    @Test
    void unknownRefIsAnErrorAtTheCallWithASuggestion() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/stg_orders.sql", "select 1 as id")
                .file("models/orders.sql", "select *\nfrom {{ ref('stg_order') }}")
                .compile();
        Problem problem = snapshot.problems().stream().filter(p -> p.code().equals("ref-unknown")).findFirst()
                .orElseThrow(() -> new AssertionError(snapshot.allProblems().toString()));
        assertEquals(1, problem.line());
        assertEquals(8, problem.column());
        assertTrue(problem.message().contains("Did you mean 'stg_orders'?"), problem.message());
        assertTrue(snapshot.compiled().get("model.shop.orders").failed());
        assertFalse(snapshot.compiled().get("model.shop.stg_orders").failed(), "the rest still compiles");
    }

    @Test
    void refToADisabledModelSaysSo() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/old.sql", "{{ config(enabled=false) }}select 1")
                .file("models/new.sql", "select * from {{ ref('old') }}")
                .compile();
        assertTrue(snapshot.problems().stream().anyMatch(p -> p.code().equals("ref-disabled")
                && p.message().contains("disabled")), () -> snapshot.problems().toString());
        assertFalse(snapshot.compiled().containsKey("model.shop.old"));
    }

    @Test
    void cyclesAreReportedOnEveryMemberWithoutFailingTheProject() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/a.sql", "select * from {{ ref('b') }}")
                .file("models/b.sql", "select * from {{ ref('a') }}")
                .file("models/c.sql", "select 1")
                .compile();
        List<Problem> cycles = snapshot.problems().stream().filter(p -> p.code().equals("dag-cycle")).toList();
        assertEquals(2, cycles.size(), cycles::toString);
        assertTrue(cycles.get(0).message().contains("model.shop.a"));
        assertEquals("select 1", TestProjects.sql(snapshot, "model.shop.c"));
    }

    @Test
    void jinjaSyntaxErrorPointsAtItsLineAndTheRestCompiles() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/broken.sql", "select 1\n{% if %}\nselect 2")
                .file("models/fine.sql", "select 1")
                .compile();
        Problem problem = snapshot.allProblems().stream().filter(p -> p.file() != null
                && p.file().endsWith("broken.sql")).findFirst()
                .orElseThrow(() -> new AssertionError(snapshot.allProblems().toString()));
        assertEquals(1, problem.line());
        assertEquals("select 1", TestProjects.sql(snapshot, "model.shop.fine"));
    }

    @Test
    void brokenSchemaYamlIsReportedAndModelsStillCompile() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/schema.yml", "version: 2\nmodels:\n  - name: a\n    columns: [\n")
                .file("models/a.sql", "select 1 as id")
                .compile();
        assertTrue(snapshot.problems().stream().anyMatch(p -> p.code().equals("yaml-syntax")),
                () -> snapshot.problems().toString());
        assertEquals("select 1 as id", TestProjects.sql(snapshot, "model.shop.a"));
    }

    @Test
    void aMacroThatRecursesForeverIsStoppedByTheBudget() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("macros/loop.sql", "{% macro forever(n) %}{{ forever(n + 1) }}{% endmacro %}")
                .file("models/a.sql", "select {{ forever(1) }}")
                .file("models/b.sql", "select 2")
                .compile();
        assertTrue(snapshot.compiled().get("model.shop.a").failed());
        assertEquals("select 2", TestProjects.sql(snapshot, "model.shop.b"));
    }

    @Test
    void ephemeralModelsAreInjectedAsCtesParentsFirst() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/base.sql", "{{ config(materialized='ephemeral') }}select 1 as id")
                .file("models/mid.sql", "{{ config(materialized='ephemeral') }}select * from {{ ref('base') }}")
                .file("models/top.sql", "with x as (select * from {{ ref('mid') }})\nselect * from x")
                .compile();
        assertEquals("with  __dbt__cte__base as (\nselect 1 as id\n),  __dbt__cte__mid as (\n"
                        + "select * from __dbt__cte__base\n), x as (select * from __dbt__cte__mid)\nselect * from x",
                TestProjects.sql(snapshot, "model.shop.top"));
        assertNotNull(snapshot.nodes().get("model.shop.base"));
        assertEquals(null, snapshot.nodes().get("model.shop.base").relationName());
    }

    @Test
    void customSchemaAndFolderConfigNameTheRelation() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("dbt_project.yml", "name: shop\nprofile: shop\nmodels:\n  shop:\n    marts:\n"
                        + "      +schema: marts\n      +materialized: table\n")
                .file("models/marts/fct.sql", "select 1")
                .compile();
        ParsedNode node = snapshot.nodes().get("model.shop.fct");
        assertEquals("main_marts", node.schema());
        assertEquals("table", node.materialized());
        assertEquals("\"shop\".\"main_marts\".\"fct\"", node.relationName());
    }

    @Test
    void userGenerateSchemaNameOverridesTheBuiltIn() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("macros/schema.sql", """
                        {% macro generate_schema_name(custom_schema_name, node) -%}
                            {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
                        {%- endmacro %}
                        """)
                .file("models/a.sql", "{{ config(schema='analytics') }}select * from {{ this }}")
                .compile();
        assertEquals("select * from \"shop\".\"analytics\".\"a\"", TestProjects.sql(snapshot, "model.shop.a"));
    }

    @Test
    void unknownMacroPointsAtTheNameAndSuggestsTheClosestMacro() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("macros/money.sql", "{% macro cents_to_dollars(c) %}{{ c }} / 100{% endmacro %}")
                .file("models/a.sql", "select\n  {{ cents_to_dolars('x') }} as y")
                .compile();
        List<Problem> errors = snapshot.allProblems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(1, errors.get(0).line());
        assertEquals(5, errors.get(0).column());
        assertEquals("'cents_to_dolars' is undefined. Did you mean 'cents_to_dollars'?", errors.get(0).message());
    }

    @Test
    void missingVarNamesTheVarAtItsColumn() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/c.sql", "select {{ var('nope') }}")
                .compile();
        Problem problem = snapshot.allProblems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertTrue(problem.message().startsWith("Required var 'nope' not found"), problem.message());
        assertEquals(15, problem.column());
    }

    @Test
    void anUnclosedExpressionIsASyntaxErrorNotText() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/a.sql", "select *\nfrom {{ ref('stg_orders }}")
                .compile();
        Problem problem = snapshot.allProblems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("jinja-syntax", problem.code());
        assertEquals(1, problem.line());
        assertEquals(5, problem.column());
        assertTrue(snapshot.compiled().get("model.shop.a").failed());
    }
}

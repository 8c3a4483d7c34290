package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A project that configured dbt-project-evaluator gets our default layers and names in its own words. */
class EvaluatorVarsTest {

    @TempDir
    Path dir;

    private static final String SOURCES = """
            version: 2
            sources:
              - name: app
                tables:
                  - name: users
            """;

    @Test
    void folderNamesPrefixesAndTheFanoutThresholdComeFromTheEvaluatorsVars() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("dbt_project.yml", """
                        name: shop
                        profile: shop
                        vars:
                          dbt_project_evaluator:
                            staging_folder_name: bronze
                            staging_prefixes: [brz_]
                            marts_folder_name: [gold]
                            marts_prefixes: [mart_]
                            models_fanout_threshold: 1
                        """)
                .file("models/bronze/_sources.yml", SOURCES)
                .file("models/bronze/brz_app__users.sql", "select * from {{ source('app', 'users') }}")
                .file("models/bronze/users_clean.sql", "select * from {{ ref('brz_app__users') }}")
                .file("models/gold/mart_users.sql", "select * from {{ ref('brz_app__users') }}")
                .file("models/gold/revenue.sql", "select * from {{ source('app', 'users') }}")
                .compile();
        List<String> found = Checking.where(snapshot, Checking.findings(snapshot));
        assertEquals(List.of(
                "layer-fanout@models/bronze/brz_app__users.sql:0:0",
                "model-name-convention@models/bronze/users_clean.sql:0:0",
                "layer-wrong-direction@models/bronze/users_clean.sql:0:17",
                "model-name-convention@models/gold/revenue.sql:0:0",
                "layer-source-outside-staging@models/gold/revenue.sql:0:17"),
                found.stream().sorted(EvaluatorVarsTest::byFile).toList());
    }

    @Test
    void withoutTheVarsMartsNamesStayFree() {
        ProjectSnapshot snapshot = TestProjects.in(dir)
                .file("models/staging/_sources.yml", SOURCES)
                .file("models/staging/stg_app__users.sql", "select * from {{ source('app', 'users') }}")
                .file("models/marts/fct_users.sql", "select * from {{ ref('stg_app__users') }}")
                .file("models/marts/revenue.sql", "select * from {{ ref('stg_app__users') }}")
                .compile();
        assertEquals(List.of(), Checking.where(snapshot, Checking.findings(snapshot)));
    }

    private static int byFile(String a, String b) {
        return a.substring(a.indexOf('@')).compareTo(b.substring(b.indexOf('@')));
    }
}

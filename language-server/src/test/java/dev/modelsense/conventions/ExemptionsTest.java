package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.project.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExemptionsTest {

    @TempDir
    Path dir;

    private static final String SOURCES = "version: 2\nsources:\n  - name: shop\n    tables: [{name: orders}]\n";
    private static final String INT_READS_SOURCE = "select * from {{ source('shop', 'orders') }}";

    private TestProjects project() {
        return TestProjects.in(dir).file("models/staging/_sources.yml", SOURCES);
    }

    @Test
    void theViolationIsReportedWithoutAnExemption() {
        ProjectSnapshot snapshot = project().file("models/intermediate/int_orders.sql", INT_READS_SOURCE).compile();
        assertEquals(List.of("layer-source-outside-staging@models/intermediate/int_orders.sql:0:17"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void aModelConfigIgnoresCodes() {
        ProjectSnapshot snapshot = project().file("models/intermediate/int_orders.sql",
                "{{ config(modelsense={'ignore': ['layer-source-outside-staging']}) }}\n" + INT_READS_SOURCE).compile();
        assertEquals(List.of(), Checking.findings(snapshot));
    }

    @Test
    void dbtProjectYmlConfigIgnoresCodesForAFolder() {
        ProjectSnapshot snapshot = project()
                .file("dbt_project.yml", """
                        name: shop
                        profile: shop
                        models:
                          shop:
                            intermediate:
                              +modelsense: {ignore: layer-source-outside-staging}
                        """)
                .file("models/intermediate/int_orders.sql", INT_READS_SOURCE).compile();
        assertEquals(List.of(), Checking.findings(snapshot));
    }

    @Test
    void inlineCommentsIgnoreCodes() {
        ProjectSnapshot sqlComment = project().file("models/intermediate/int_orders.sql",
                INT_READS_SOURCE + " -- modelsense: ignore=model-name-convention, layer-source-outside-staging")
                .compile();
        assertEquals(List.of(), Checking.findings(sqlComment));
        ProjectSnapshot jinjaComment = TestProjects.in(dir.resolve("jinja")).file("models/staging/_sources.yml", SOURCES)
                .file("models/intermediate/int_orders.sql",
                        "{# modelsense: ignore=layer-source-outside-staging #}\n" + INT_READS_SOURCE).compile();
        assertEquals(List.of(), Checking.findings(jinjaComment));
        ProjectSnapshot otherCode = TestProjects.in(dir.resolve("other")).file("models/staging/_sources.yml", SOURCES)
                .file("models/intermediate/int_orders.sql", "-- modelsense: ignore=layer-fanout\n" + INT_READS_SOURCE)
                .compile();
        assertEquals(1, Checking.findings(otherCode).size());
    }

    @Test
    void modelsenseYmlExemptsFoldersAndModelsByGlob() {
        ProjectSnapshot snapshot = project()
                .file("modelsense.yml", """
                        exemptions:
                          - paths: [models/intermediate/legacy]
                          - models: ["int_tmp_*"]
                            codes: [layer-source-outside-staging]
                          - models: ["int_other_*"]
                            codes: [layer-fanout]
                        """)
                .file("models/intermediate/legacy/int_old.sql", INT_READS_SOURCE)
                .file("models/intermediate/int_tmp_orders.sql", INT_READS_SOURCE)
                .file("models/intermediate/int_other_orders.sql", INT_READS_SOURCE)
                .compile();
        assertEquals(List.of("layer-source-outside-staging@models/intermediate/int_other_orders.sql:0:17"),
                Checking.where(snapshot, Checking.findings(snapshot)));
    }

    @Test
    void severitiesOverrideOrTurnCodesOff() {
        ProjectSnapshot raised = project()
                .file("modelsense.yml", "severities:\n  layer-source-outside-staging: error\n")
                .file("models/intermediate/int_orders.sql", INT_READS_SOURCE).compile();
        assertEquals(Severity.ERROR, Checking.findings(raised).get(0).problem().severity());
        ProjectSnapshot off = TestProjects.in(dir.resolve("off")).file("models/staging/_sources.yml", SOURCES)
                .file("modelsense.yml", "severities:\n  layer-source-outside-staging: off\n")
                .file("models/intermediate/int_orders.sql", INT_READS_SOURCE).compile();
        assertEquals(List.of(), Checking.findings(off));
    }

    @Test
    void parsingHelpersMatchTheEditorsSilencing() {
        assertEquals(Set.of("a", "b"), Exemptions.ignoredInline("select 1 -- modelsense: ignore=a, b\n"));
        assertEquals(Set.of("a"), Exemptions.ignoredInline("{# modelsense: ignore=a #}"));
        assertEquals(Set.of(), Exemptions.ignoredInline("select 'modelsense: ignore=a'"));
        assertEquals(Set.of("x"), Exemptions.ignoredByConfig(java.util.Map.of("modelsense",
                java.util.Map.of("ignore", "x"))));
    }

    @Test
    void globs() {
        assertEquals(true, PathGlob.of("models/staging/**").matches("models/staging/a/b.sql"));
        assertEquals(true, PathGlob.of("models/staging").matches("models/staging/b.sql"));
        assertEquals(false, PathGlob.of("models/staging").matches("models/staging_old/b.sql"));
        assertEquals(true, PathGlob.of("models/*/x.sql").matches("models/a/x.sql"));
        assertEquals(false, PathGlob.of("models/*/x.sql").matches("models/a/b/x.sql"));
        assertEquals(true, PathGlob.of("models/**/x.sql").matches("models/x.sql"));
        assertEquals(true, PathGlob.of("stg_*").matches("stg_orders"));
    }
}

package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but possible user input never escapes as an exception. */
class RobustnessTest {

    @TempDir
    Path dir;

    @Test
    void oddProjectFileValuesBecomeProblems() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", """
                name: shop
                profile: shop
                models: 5
                vars: [1, 2]
                dispatch: 5
                on-run-start: {a: 1}
                macro-paths: ["bad\\u0000path"]
                """);
        fixture.write("shop/models/a.sql", "select 1");
        LoadedProject project = fixture.load("shop");
        assertEquals(1, project.files().size());
        assertTrue(project.problems().stream().allMatch(p -> p.severity() == Severity.ERROR), project.problems().toString());
        assertTrue(ProjectFixture.codes(project).contains("invalid-path"), project.problems().toString());
        assertTrue(project.projectConfig(ResourceType.MODEL, "shop", List.of("shop", "a")).isEmpty());
    }

    @Test
    void oddPropertyFilesBecomeProblems() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/models/list.yml", "- just\n- a list\n");
        fixture.write("shop/models/empty.yml", "");
        fixture.write("shop/models/comments.yml", "# nothing here\n");
        fixture.write("shop/models/recursive.yml", "models: &a\n  - *a\n");
        fixture.write("shop/models/odd.yml", """
                models: "a string"
                seeds: [null]
                sources:
                  - name: s
                    tables: 5
                  - name: t
                    tables: [{name: x, freshness: 3, columns: [{name: {a: 1}}]}]
                exposures: [{type: dashboard}]
                metrics: 7
                """);
        fixture.write("shop/models/anchors.yml", """
                x-base: &base
                  config: {materialized: table}
                models:
                  - <<: *base
                    name: merged
                  - name: second
                    versions:
                      - v: [1]
                      - v: 2
                      - v: 2
                """);
        fixture.write("shop/models/tabs.yml", "models:\n\t- name: x\n");
        LoadedProject project = fixture.load("shop");
        List<String> codes = ProjectFixture.codes(project);
        assertTrue(codes.contains("yaml-syntax"), codes.toString());
        assertTrue(codes.contains("yaml-schema"), codes.toString());
        NodeProperties merged = project.properties().stream().flatMap(f -> f.nodes().stream())
                .filter(n -> n.name().equals("merged")).findFirst().orElseThrow();
        assertEquals("table", merged.config().get("materialized"), "YAML merge keys work as in PyYAML");
        NodeProperties second = project.properties().stream().flatMap(f -> f.nodes().stream())
                .filter(n -> n.name().equals("second")).findFirst().orElseThrow();
        assertEquals(1, second.versions().size());
        assertTrue(project.problems().stream().noneMatch(p -> p.message().contains("x-base")),
                "a top-level block that only holds anchors is not an error");
        SourceTableProperties x = project.properties().stream().flatMap(f -> f.sources().stream()).findFirst().orElseThrow();
        assertEquals("x", x.tableName());
    }
}

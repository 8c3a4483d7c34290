package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.project.ValueRenderer.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectYamlTest {

    @TempDir
    Path dir;

    @Test
    void defaultsMatchDbt() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        DbtProject project = fixture.load("shop").root();
        assertEquals("shop", project.name());
        assertEquals("shop", project.profile());
        assertEquals("1.0", project.version());
        assertEquals(List.of("models"), project.modelPaths());
        assertEquals(List.of("macros"), project.macroPaths());
        assertEquals(List.of("seeds"), project.seedPaths());
        assertEquals(List.of("snapshots"), project.snapshotPaths());
        assertEquals(List.of("analyses"), project.analysisPaths());
        assertEquals(List.of("tests"), project.testPaths());
        assertEquals(List.of("models", "seeds", "snapshots", "analyses", "macros", "tests"), project.docsPaths());
        assertEquals("target", project.targetPath());
        assertEquals(List.of(), project.onRunStart());
        assertEquals(fixture.path("shop"), project.root());
        assertEquals(fixture.path("shop/dbt_project.yml"), project.file());
    }

    @Test
    void oldPathNamesAndEveryFieldAreRead() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", """
                name: shop
                profile: shop
                version: 2
                require-dbt-version: [">=1.5.0", "<2.0.0"]
                source-paths: [src/]
                data-paths: [data]
                docs-paths: [docs]
                target-path: build
                dispatch:
                  - macro_namespace: dbt_utils
                    search_order: [shop, dbt_utils]
                quoting: {identifier: true}
                on-run-start: "create schema if not exists x"
                on-run-end: ["select 1", "select 2"]
                flags: {require_explicit_package_overrides_for_builtin_materializations: false}
                data_tests:
                  +store_failures: true
                tests:
                  +severity: warn
                sources:
                  shop:
                    +enabled: true
                """);
        DbtProject project = fixture.load("shop").root();
        assertEquals(List.of("src/"), project.modelPaths());
        assertEquals(List.of("data"), project.seedPaths());
        assertEquals(List.of("docs"), project.docsPaths());
        assertEquals("build", project.targetPath());
        assertEquals("2", project.version());
        assertEquals(List.of(">=1.5.0", "<2.0.0"), project.requireDbtVersion());
        assertEquals(List.of(new DispatchRule("dbt_utils", List.of("shop", "dbt_utils"))), project.dispatch());
        assertEquals(Map.of("identifier", true), project.quoting());
        assertEquals(List.of("create schema if not exists x"), project.onRunStart());
        assertEquals(List.of("select 1", "select 2"), project.onRunEnd());
        assertEquals(false, project.flags().get("require_explicit_package_overrides_for_builtin_materializations"));
        assertEquals(Map.of("+store_failures", true), project.tests(), "data_tests wins over tests");
        assertEquals(Map.of("shop", Map.of("+enabled", true)), project.sources());
    }

    @Test
    void jinjaIsRenderedExceptWhereDbtRendersLater() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", """
                name: shop
                profile: "{{ env_var('PROFILE', 'shop') }}"
                model-paths: ["{{ env_var('MODELS_DIR') }}"]
                vars:
                  when: "{{ env_var('WHEN') }}"
                on-run-start: ["{{ log('start') }}"]
                models:
                  shop:
                    +schema: "{{ env_var('SCHEMA') }}"
                    +post-hook: "grant select on {{ this }}"
                    marts:
                      pre_hook: "{{ audit() }}"
                """);
        fixture.env.put("MODELS_DIR", "sql");
        fixture.env.put("SCHEMA", "marts");
        LoadedProject loaded = fixture.load("shop");
        DbtProject project = loaded.root();
        assertTrue(loaded.profileFound());
        assertEquals(List.of("sql"), project.modelPaths());
        assertEquals("marts", ((Map<?, ?>) project.models().get("shop")).get("+schema"));
        assertEquals("grant select on {{ this }}", ((Map<?, ?>) project.models().get("shop")).get("+post-hook"));
        assertEquals(Map.of("when", "{{ env_var('WHEN') }}"), project.vars());
        assertEquals(List.of("{{ log('start') }}"), project.onRunStart());
        assertFalse(fixture.renderer.renderedTemplates.stream().anyMatch(t -> t.contains("audit") || t.contains("WHEN")));
        int schemaCall = fixture.renderer.renderedTemplates.indexOf("{{ env_var('SCHEMA') }}");
        assertEquals(List.of("models", "shop", "+schema"), fixture.renderer.renderedKeyPaths.get(schemaCall));
        assertEquals(FileKind.PROJECT, fixture.renderer.scopes.get(schemaCall).kind());
        assertEquals("duckdb", fixture.renderer.scopes.get(schemaCall).target().type(), "the target is known by then");
    }

    @Test
    void renderFailuresAreProblemsNotExceptions() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", "name: shop\nprofile: shop\nmodels:\n  shop:\n    +schema: \"{{ env_var('MISSING') }}\"\n");
        LoadedProject project = fixture.load("shop");
        ProjectProblem problem = project.problems().stream().filter(p -> p.code().equals("render-error")).findFirst().orElseThrow();
        assertEquals(4, problem.location().line());
    }

    @Test
    void missingOrBrokenProjectFileStillReturnsAProject() {
        ProjectFixture fixture = new ProjectFixture(dir);
        fixture.write("empty/readme.md", "nothing");
        LoadedProject missing = fixture.load("empty");
        assertEquals("empty", missing.root().name());
        assertTrue(ProjectFixture.codes(missing).contains("project-missing"));

        fixture.write("broken/dbt_project.yml", "name: broken\nmodels: [\n");
        LoadedProject broken = fixture.load("broken");
        assertTrue(ProjectFixture.codes(broken).contains("yaml-syntax"));

        fixture.write("nameless/dbt_project.yml", "profile: x\nmodel-paths: 3\n");
        LoadedProject nameless = fixture.load("nameless");
        assertEquals("nameless", nameless.root().name());
        assertTrue(ProjectFixture.codes(nameless).contains("yaml-schema"));
        assertEquals(List.of("models"), nameless.root().modelPaths(), "a mistyped path list falls back to the default");
    }
}

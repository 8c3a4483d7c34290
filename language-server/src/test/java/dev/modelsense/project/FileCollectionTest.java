package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectionTest {

    @TempDir
    Path dir;

    @Test
    void filesAreClassifiedByResourcePathAndExtension() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/models/staging/stg_orders.sql", "select 1")
                .write("shop/models/staging/py_model.py", "def model(dbt, session): pass")
                .write("shop/models/staging/notes.txt", "ignored")
                .write("shop/models/overview.md", "{% docs overview %}x{% enddocs %}")
                .write("shop/analyses/a.sql", "select 2")
                .write("shop/snapshots/snap.sql", "{% snapshot s %}select 1{% endsnapshot %}")
                .write("shop/macros/m.sql", "{% macro m() %}{% endmacro %}")
                .write("shop/tests/assert_positive.sql", "select 1 where false")
                .write("shop/tests/generic/is_even.sql", "{% test is_even(model, column_name) %}{% endtest %}")
                .write("shop/tests/fixtures/rows.sql", "select 1")
                .write("shop/seeds/countries.csv", "code,name\nnl,Netherlands\n")
                .write("shop/models/.hidden/skip.sql", "select 1")
                .write("shop/target/compiled/x.sql", "select 1")
                .write("shop/dbt_packages/p/models/x.sql", "select 1");
        LoadedProject project = fixture.load("shop");
        Map<String, ProjectFile> byPath = project.files().stream()
                .collect(Collectors.toMap(ProjectFile::originalFilePath, Function.identity()));

        assertEquals(Map.of(
                "models/staging/stg_orders.sql", ResourceType.MODEL,
                "models/staging/py_model.py", ResourceType.MODEL,
                "models/overview.md", ResourceType.DOCS,
                "analyses/a.sql", ResourceType.ANALYSIS,
                "snapshots/snap.sql", ResourceType.SNAPSHOT,
                "macros/m.sql", ResourceType.MACRO,
                "tests/assert_positive.sql", ResourceType.TEST,
                "tests/generic/is_even.sql", ResourceType.MACRO,
                "seeds/countries.csv", ResourceType.SEED),
                byPath.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().type())));
        ProjectFile model = byPath.get("models/staging/stg_orders.sql");
        assertEquals("staging/stg_orders.sql", model.resourcePath());
        assertEquals("shop", model.packageName());
        assertEquals(fixture.path("shop/models/staging/stg_orders.sql"), model.path());
        assertEquals("select 1", model.text());
        assertEquals(List.of("code", "name"), SeedCsv.seedColumns(byPath.get("seeds/countries.csv").text()));
    }

    @Test
    void resourcePathsOutsideTheRootKeepTheirRelativePath() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("repo/projects/shop");
        fixture.write("repo/projects/shop/dbt_project.yml",
                "name: shop\nprofile: shop\nmacro-paths: [macros, ../../shared_macros]\n");
        fixture.write("repo/shared_macros/util/cents.sql", "{% macro cents() %}{% endmacro %}");
        fixture.write("repo/shared_macros/util/schema.yml", "version: 2\nmacros:\n  - name: cents\n");
        LoadedProject project = fixture.load("repo/projects/shop");
        ProjectFile macro = project.files().get(0);
        assertEquals("../../shared_macros/util/cents.sql", macro.originalFilePath());
        assertEquals("util/cents.sql", macro.resourcePath());
        assertEquals(fixture.path("repo/shared_macros/util/cents.sql"), macro.path());
        assertEquals("cents", project.properties().get(0).nodes().get(0).name());
    }

    @Test
    void nonUtf8FileIsSkippedWithAWarning() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.writeBytes("shop/models/latin1.sql", new byte[] {'s', 'e', 'l', (byte) 0xE9, (byte) 0xFF});
        fixture.write("shop/models/ok.sql", "select 1");
        LoadedProject project = fixture.load("shop");
        assertEquals(List.of("models/ok.sql"), project.files().stream().map(ProjectFile::originalFilePath).toList());
        ProjectProblem warning = project.problems().stream().filter(p -> p.code().equals("file-unreadable")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(fixture.path("shop/models/latin1.sql"), warning.location().file());
    }

    @Test
    void manyFilesLoad() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        for (int i = 0; i < 2000; i++) {
            fixture.write("shop/models/m" + (i % 20) + "/model_" + i + ".sql", "select " + i);
        }
        fixture.write("shop/models/schema.yml", "version: 2\nmodels:\n  - name: model_1\n");
        LoadedProject project = fixture.load("shop");
        assertEquals(2000, project.files().size());
        assertEquals(1, project.properties().size());
        assertTrue(project.problems().isEmpty(), project.problems().toString());
    }
}

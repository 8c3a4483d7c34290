package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.project.OverlayFileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits through an editor buffer, recompiled incrementally, must give what a full compile gives. */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private OverlayFileSource files;
    private ProjectSession session;

    @BeforeEach
    void project() throws IOException {
        write("dbt_project.yml", "name: shop\nprofile: shop\n");
        write("models/base.sql", "{{ config(materialized='ephemeral') }}select 1 as id");
        write("models/stg.sql", "select * from {{ ref('base') }}");
        write("models/mart.sql", "select * from {{ ref('stg') }}");
        write("models/other.sql", "select 2 as id");
        files = new OverlayFileSource(new DiskFileSource());
        CompileRequest request = new CompileRequest(dir, null, null, Map.of(), Map.of(), dir.resolve("home"),
                MetadataCache.EMPTY, 1);
        session = new ProjectSession(new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), files), request);
        session.rebuild();
    }

    @Test
    void editingAModelRecompilesOnlyIt() {
        ProjectSnapshot before = session.current();
        ProjectSnapshot after = edit("models/mart.sql", "select id, 1 as x from {{ ref('stg') }}");
        assertEquals("select id, 1 as x from \"dev\".\"main\".\"stg\"", TestProjects.sql(after, "model.shop.mart"));
        assertSame(before.compiled().get("model.shop.other"), after.compiled().get("model.shop.other"));
        assertSame(before.graph(), after.graph(), "same edges, same graph");
        assertEquals(fullCompileSql(), sqlOf(after));
    }

    @Test
    void editingModelsenseYmlKeepsEveryCompiledNode() {
        ProjectSnapshot before = session.current();
        ProjectSnapshot after = edit("modelsense.yml", "severities: {doc-model-missing: off}\n");
        assertEquals("severities: {doc-model-missing: off}\n",
                after.project().conventionsFile().orElseThrow().text());
        assertSame(before.compiled(), after.compiled());
        assertSame(before.shape(), after.shape());
        ProjectSnapshot edited = edit("models/mart.sql", "select id, 2 as x from {{ ref('stg') }}");
        assertEquals("severities: {doc-model-missing: off}\n",
                edited.project().conventionsFile().orElseThrow().text(), "a code edit keeps the rules");
    }

    @Test
    void anUnknownRefAppearsAndClears() {
        ProjectSnapshot broken = edit("models/mart.sql", "select * from {{ ref('stgg') }}");
        assertTrue(broken.problems().stream().anyMatch(p -> p.code().equals("ref-unknown")), () -> broken.problems().toString());
        assertTrue(broken.compiled().get("model.shop.mart").failed());
        ProjectSnapshot fixed = edit("models/mart.sql", "select * from {{ ref('other') }}");
        assertTrue(fixed.problems().stream().noneMatch(Problem::isError), () -> fixed.problems().toString());
        assertEquals(Set.of("model.shop.other"), fixed.graph().parents("model.shop.mart"));
        assertEquals(fullCompileSql(), sqlOf(fixed));
    }

    @Test
    void editingAnEphemeralModelUpdatesWhereItIsInjected() {
        ProjectSnapshot after = edit("models/base.sql", "{{ config(materialized='ephemeral') }}select 3 as id");
        assertTrue(TestProjects.sql(after, "model.shop.stg").contains("select 3 as id"));
        assertEquals(fullCompileSql(), sqlOf(after));
    }

    @Test
    void aConfigChangeStillGivesTheFullCompileResult() {
        ProjectSnapshot after = edit("models/stg.sql", "{{ config(schema='s') }}select * from {{ ref('base') }}");
        assertEquals("select * from \"dev\".\"main_s\".\"stg\"", TestProjects.sql(after, "model.shop.mart"));
        assertEquals(fullCompileSql(), sqlOf(after));
    }

    @Test
    void aJinjaErrorWhileTypingIsReportedThenCleared() {
        ProjectSnapshot broken = edit("models/other.sql", "select {{ 2 +  }}");
        assertTrue(broken.problems().stream().anyMatch(Problem::isError));
        ProjectSnapshot fixed = edit("models/other.sql", "select {{ 2 + 1 }} as id");
        assertEquals("select 3 as id", TestProjects.sql(fixed, "model.shop.other"));
        assertTrue(fixed.problems().stream().noneMatch(Problem::isError), () -> fixed.problems().toString());
    }

    @Test
    void aNewFileIsPickedUp() throws IOException {
        write("models/added.sql", "select * from {{ ref('other') }}");
        ProjectSnapshot after = session.update(Set.of(dir.resolve("models/added.sql")));
        assertEquals("select * from \"dev\".\"main\".\"other\"", TestProjects.sql(after, "model.shop.added"));
    }

    private ProjectSnapshot edit(String path, String text) {
        Path file = dir.resolve(path);
        files.setBuffer(file, text);
        return session.update(Set.of(file));
    }

    private Map<String, String> fullCompileSql() {
        return sqlOf(new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), files)
                .compile(session.request()));
    }

    private static Map<String, String> sqlOf(ProjectSnapshot snapshot) {
        Map<String, String> sql = new java.util.TreeMap<>();
        snapshot.compiled().forEach((id, node) -> sql.put(id, String.valueOf(node.compiledSql())));
        return sql;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package dev.modelsense.sandbox;

import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.RecordedMetadata;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --fill-metadata: the warehouse answers run_query during the run, and later compiles read the recorded answers. */
class FillMetadataTest {

    @TempDir
    Path dir;

    @Test
    void runQueryAnswersAreRecordedForLaterCompiles() throws Exception {
        Path root = SandboxFixture.write(dir.resolve("p"), Map.of(
                "dbt_project.yml", "name: shop\nprofile: shop\n",
                "profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
                        + "      path: target/shop.duckdb\n      schema: main\n",
                "models/statuses.sql", "select 'a' as status union all select 'b' as status\n",
                "models/pivot.sql", """
                        {%- set found = run_query("select status from " ~ ref('statuses') ~ " order by 1") -%}
                        select {% if found %}{% for row in found.rows %}'{{ row[0] }}' as s_{{ row[0] }}\
                        {{ ', ' if not loop.last }}{% endfor %}{% else %}0 as unknown{% endif %}
                        """));
        try (Connection db = SandboxFixture.duckdb(root.resolve("target/shop.duckdb"))) {
            SandboxFixture.execute(db, "create table main.statuses as select 'a' as status union all select 'b'");
        }
        ProjectSnapshot before = compile(root);
        assertTrue(before.compiled().get("model.shop.pivot").compiledSql().contains("0 as unknown"));

        RunResult.Finished run = SandboxFixture.finished(SandboxFixture.runner().run(
                RunRequest.of(SandboxFixture.compile(root), List.of("pivot")).withUser("ann").withFillMetadata(true),
                ProgressListener.SILENT, CancellationToken.none()));
        assertEquals(List.of(List.of("a", "b")), run.preview().orElseThrow().rows());
        assertTrue(Files.exists(root.resolve("target").resolve(RecordedMetadata.FILE_NAME)));

        ProjectSnapshot after = compile(root);
        String sql = after.compiled().get("model.shop.pivot").compiledSql();
        assertTrue(sql.contains("'a' as s_a, 'b' as s_b"), sql);
    }

    private static ProjectSnapshot compile(Path root) {
        return new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(SandboxFixture.compile(root));
    }
}

package dev.modelsense.report;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.conventions.Finding;
import dev.modelsense.conventions.Fix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAndJsonReportTest {

    @TempDir
    Path root;

    @Test
    void textPrintsOneCompilerStyleLinePerFindingThenASummary() {
        String text = TextReport.render(SampleReports.mixed(root));
        List<String> lines = text.lines().toList();
        assertEquals(7, lines.size(), text);
        assertEquals("layer-fanout", lines.get(0).substring(lines.get(0).indexOf('[') + 1, lines.get(0).indexOf(']')),
                "findings without a file sort first");
        assertTrue(lines.contains("models/staging/stg_orders.sql:3:5: warning[column-type-mismatch]: IND_ACTIVE is a "
                + "SUM of flags, not a flag <&\"'>"), text);
        assertEquals("6 findings (3 errors, 2 warnings, 1 info) in 3 models", lines.get(6));
    }

    @Test
    void jsonHasTheDocumentedShape() {
        JsonObject json = JsonParser.parseString(JsonReport.render(SampleReports.mixed(root))).getAsJsonObject();
        assertEquals(1, json.get("version").getAsInt());
        assertEquals("shop", json.get("project").getAsString());
        assertEquals(3, json.getAsJsonObject("summary").get("errors").getAsInt());
        assertEquals(3, json.getAsJsonObject("summary").get("models").getAsInt());
        JsonObject mismatch = json.getAsJsonArray("findings").asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("code").getAsString().equals("column-type-mismatch")).findFirst().orElseThrow();
        assertEquals("warning", mismatch.get("severity").getAsString());
        assertEquals("models/staging/stg_orders.sql", mismatch.get("file").getAsString());
        assertEquals(3, mismatch.get("line").getAsInt());
        assertEquals(5, mismatch.get("column").getAsInt());
        assertEquals("stg_orders", mismatch.get("model").getAsString());
        assertEquals("model.shop.stg_orders", mismatch.get("node_id").getAsString());
        assertEquals("Rename column IND_ACTIVE to N_ACTIVE", mismatch.getAsJsonArray("fixes").get(0).getAsString());
        JsonObject projectWide = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertTrue(projectWide.get("file").isJsonNull() && projectWide.get("model").isJsonNull(), projectWide::toString);
    }

    @Test
    void findingsOfASnapshotBecomeOneBasedRelativeEntries() {
        ProjectSnapshot snapshot = TestProjects.in(root)
                .file("models/marts/dim_users.sql", "select 1 as IND_ACTIVE")
                .file("models/marts/v.sql", "select 2 as x").compile();
        Path file = root.resolve("models/marts/dim_users.sql");
        Finding finding = new Finding(Problem.warning("column-prefix-unknown", "Unknown prefix", file, 0, 12),
                "model.shop.dim_users", List.of(new Fix.RenameColumn("model.shop.dim_users", "IND_ACTIVE",
                "IND_USER_ACTIVE")));
        CheckReport report = CheckReport.of(snapshot, List.of("model.shop.dim_users", "model.shop.v"),
                List.of(finding));
        ReportEntry entry = report.entries().get(0);
        assertEquals("models/marts/dim_users.sql", entry.file());
        assertEquals(1, entry.line());
        assertEquals(13, entry.column());
        assertEquals("dim_users", entry.model());
        assertEquals(List.of("Rename column IND_ACTIVE to IND_USER_ACTIVE"), entry.fixes());
        assertEquals(List.of("dim_users", "v"), report.models().stream().map(CheckReport.CheckedModel::name).toList());
        assertTrue(FailOn.WARNING.fails(report));
        assertTrue(!FailOn.ERROR.fails(report));
    }
}

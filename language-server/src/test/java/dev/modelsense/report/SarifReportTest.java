package dev.modelsense.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.modelsense.project.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF output checked against the SARIF 2.1.0 schema and for what code-scanning services read. */
public class SarifReportTest {

    @TempDir
    Path root;

    public static JsonSchemaValidator validator() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return new JsonSchemaValidator(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void validatesAgainstTheSarifSchema() throws IOException {
        String sarif = SarifReport.render(SampleReports.mixed(root), SampleReports.TOOL);
        assertEquals(List.of(), validator().validate(sarif), sarif);
    }

    @Test
    void anEmptyReportIsAValidLogWithNoResults() throws IOException {
        String sarif = SarifReport.render(new CheckReport("shop", root, List.of(), List.of()), SampleReports.TOOL);
        assertEquals(List.of(), validator().validate(sarif), sarif);
        JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        assertEquals(0, run.getAsJsonArray("results").size());
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
        JsonSchemaValidator validator = validator();
        String sarif = SarifReport.render(SampleReports.mixed(root), SampleReports.TOOL);
        assertFalse(validator.validate(sarif.replace("\"level\": \"note\"", "\"level\": \"info\"")).isEmpty());
        assertFalse(validator.validate(sarif.replace("\"startLine\": 3", "\"startLine\": 0")).isEmpty());
        assertFalse(validator.validate(sarif.replace("\"ruleId\"", "\"rule_id\"")).isEmpty());
        assertFalse(validator.validate(sarif.replace("\"name\": \"modelsense\"", "\"title\": \"modelsense\""))
                .isEmpty(), "driver.name is required");
        assertFalse(validator.validate(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")).isEmpty());
    }

    @Test
    void resultsCarryLevelRuleAndARelativeLocation() {
        JsonObject run = JsonParser.parseString(SarifReport.render(SampleReports.mixed(root), SampleReports.TOOL))
                .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonArray results = run.getAsJsonArray("results");
        assertEquals(6, results.size());
        JsonObject mismatch = results.asList().stream().map(r -> r.getAsJsonObject())
                .filter(r -> r.get("ruleId").getAsString().equals("column-type-mismatch")).findFirst().orElseThrow();
        assertEquals("warning", mismatch.get("level").getAsString());
        JsonObject physical = mismatch.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        assertEquals("models/staging/stg_orders.sql", physical.getAsJsonObject("artifactLocation").get("uri")
                .getAsString());
        assertEquals("%SRCROOT%", physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
        assertEquals(3, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(5, physical.getAsJsonObject("region").get("startColumn").getAsInt());
        JsonObject rule = rules.get(mismatch.get("ruleIndex").getAsInt()).getAsJsonObject();
        assertEquals("column-type-mismatch", rule.get("id").getAsString());
        assertTrue(rule.get("helpUri").getAsString().endsWith("README.md#finding-codes"));
        assertEquals(root.toUri().toString(), run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%")
                .get("uri").getAsString());
        assertTrue(results.asList().stream().anyMatch(r -> r.getAsJsonObject().get("level").getAsString()
                .equals("note")), "info findings are notes");
        assertFalse(results.asList().stream().filter(r -> r.getAsJsonObject().get("ruleId").getAsString()
                .equals("layer-fanout")).findFirst().orElseThrow().getAsJsonObject().has("locations"),
                "a finding without a file has no location rather than a made-up one");
    }

    @Test
    void pathsWithSpacesBecomeUriReferences() throws IOException {
        CheckReport report = new CheckReport("shop", root, List.of(), List.of(SampleReports.entry(
                "doc-model-missing", Severity.WARNING, "models/my models/a#b.sql", 1, 1, "a")));
        String sarif = SarifReport.render(report, SampleReports.TOOL);
        assertTrue(sarif.contains("\"uri\": \"models/my%20models/a%23b.sql\""), sarif);
        assertEquals(List.of(), validator().validate(sarif));
    }
}

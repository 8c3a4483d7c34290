package dev.modelsense.report;

import com.google.gson.GsonBuilder;
import dev.modelsense.project.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report. Shape (version 1): {@code {"version": 1, "project", "summary": {"errors",
 * "warnings", "infos", "models"}, "findings": [{"code", "severity", "message", "file", "line", "column", "model",
 * "node_id", "fixes": [title...]}]}}; {@code file}, {@code model} and {@code node_id} are null for project-wide
 * findings, {@code line}/{@code column} are 1-based and 0 when unknown.
 */
public final class JsonReport {

    public static final int VERSION = 1;

    private JsonReport() {
    }

    public static String render(CheckReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("project", report.projectName());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("models", report.models().size());
        root.put("summary", summary);
        List<Map<String, Object>> findings = report.entries().stream().map(JsonReport::finding).toList();
        root.put("findings", findings);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root)
                + "\n";
    }

    private static Map<String, Object> finding(ReportEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", entry.code());
        map.put("severity", entry.severity().name().toLowerCase());
        map.put("message", entry.message());
        map.put("file", entry.file());
        map.put("line", entry.line());
        map.put("column", entry.column());
        map.put("model", entry.model());
        map.put("node_id", entry.nodeId());
        map.put("fixes", entry.fixes());
        return map;
    }
}

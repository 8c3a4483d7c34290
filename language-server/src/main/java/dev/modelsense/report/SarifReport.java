package dev.modelsense.report;

import com.google.gson.GsonBuilder;
import dev.modelsense.project.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report as a SARIF 2.1.0 log, the format code-scanning services (GitHub, GitLab, Azure DevOps) import: one run,
 * the rules of every code that occurs, each result located by a path relative to {@code %SRCROOT%} (the project root,
 * given in {@code originalUriBaseIds}) and a 1-based start line and column in UTF-16 code units, as editors count.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/"
            + "sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    /**
     * Who made the log; {@code documentationUri} (null when there is no published address) is where the README lives,
     * rule help links point into it.
     */
    public record Tool(String name, String version, String documentationUri) {

        String helpUri(String code) {
            return documentationUri + (RuleCatalog.isConventionCode(code) ? "#finding-codes" : "#cli");
        }
    }

    private SarifReport() {
    }

    public static String render(CheckReport report, Tool tool) {
        List<String> codes = new ArrayList<>(new TreeSet<>(report.entries().stream().map(ReportEntry::code)
                .toList()));
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        if (tool.documentationUri() != null) {
            driver.put("informationUri", tool.documentationUri());
        }
        driver.put("rules", codes.stream().map(code -> rule(code, tool)).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        String rootUri = report.root().toUri().toString();
        run.put("originalUriBaseIds", Map.of(SOURCE_ROOT, Map.of("uri", rootUri.endsWith("/") ? rootUri
                : rootUri + "/")));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", report.entries().stream().map(entry -> result(entry, codes.indexOf(entry.code())))
                .toList());
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log) + "\n";
    }

    private static Map<String, Object> rule(String code, Tool tool) {
        RuleCatalog.Rule rule = RuleCatalog.rule(code);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", code);
        map.put("shortDescription", Map.of("text", rule.description()));
        if (tool.documentationUri() != null) {
            map.put("helpUri", tool.helpUri(code));
        }
        map.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
        return map;
    }

    private static Map<String, Object> result(ReportEntry entry, int ruleIndex) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ruleId", entry.code());
        map.put("ruleIndex", ruleIndex);
        map.put("level", level(entry.severity()));
        map.put("message", Map.of("text", entry.message()));
        if (entry.file() != null) {
            Map<String, Object> physical = new LinkedHashMap<>();
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", uri(entry.file()));
            artifact.put("uriBaseId", SOURCE_ROOT);
            physical.put("artifactLocation", artifact);
            if (entry.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", entry.line());
                region.put("startColumn", Math.max(1, entry.column()));
                physical.put("region", region);
            }
            map.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        if (entry.nodeId() != null) {
            map.put("properties", Map.of("model", entry.model(), "nodeId", entry.nodeId()));
        }
        return map;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference: each segment percent-encoded where URIs need it (spaces, {@code #}). */
    private static String uri(String relativePath) {
        StringBuilder uri = new StringBuilder();
        for (String segment : relativePath.split("/", -1)) {
            if (!uri.isEmpty()) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return uri.toString();
    }
}

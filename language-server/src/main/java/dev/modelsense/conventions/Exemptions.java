package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a finding does not apply: a model's {@code modelsense: {ignore: [...]}} config (from {@code config()},
 * properties YAML or dbt_project.yml), an inline {@code -- modelsense: ignore=code[,code]} or
 * {@code {# modelsense: ignore=code #}} comment in the model's file, or a rule of {@code modelsense.yml} naming
 * folders or models (globs) and the codes it lifts (all when none are listed).
 */
public record Exemptions(List<Rule> rules) {

    public static final String CONFIG_KEY = "modelsense";
    private static final Pattern INLINE = Pattern.compile(
            "(?:--|#)\\s*modelsense\\s*:\\s*ignore\\s*=\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*)");

    public Exemptions {
        rules = List.copyOf(rules);
    }

    public static Exemptions none() {
        return new Exemptions(List.of());
    }

    /**
     * One exemption of {@code modelsense.yml}: models under one of {@code paths} or named like one of {@code models}
     * (either list may be empty; both empty selects everything) are spared {@code codes} (every code when empty).
     */
    public record Rule(List<PathGlob> paths, List<PathGlob> models, Set<String> codes) {
        public Rule {
            paths = List.copyOf(paths);
            models = List.copyOf(models);
            codes = Set.copyOf(codes);
        }

        boolean lifts(String code) {
            return codes.isEmpty() || codes.contains(code) || codes.contains("all");
        }

        boolean selects(String relativePath, String name) {
            boolean byPath = paths.stream().anyMatch(glob -> glob.matches(relativePath));
            boolean byName = name != null && models.stream().anyMatch(glob -> glob.matches(name));
            return (paths.isEmpty() && models.isEmpty()) || byPath || byName;
        }
    }

    public boolean exempt(Finding finding, ProjectSnapshot snapshot) {
        String code = finding.code();
        ParsedNode node = finding.nodeId() == null ? null : snapshot.nodes().get(finding.nodeId());
        if (node != null && (matchesCode(ignoredByConfig(node.config()), code)
                || matchesCode(ignoredInline(node.spec().file().text()), code))) {
            return true;
        }
        String relativePath = node != null ? node.spec().file().originalFilePath()
                : relativePath(snapshot, finding.problem().file());
        String name = node != null ? node.name() : null;
        return rules.stream().anyMatch(rule -> rule.lifts(code) && rule.selects(relativePath, name));
    }

    /** {@code modelsense: {ignore: [a, b]}} or {@code modelsense: {ignore: a}} in a node's config. */
    public static Set<String> ignoredByConfig(Map<String, Object> config) {
        if (config == null || !(config.get(CONFIG_KEY) instanceof Map<?, ?> settings)) {
            return Set.of();
        }
        Object ignore = settings.get("ignore");
        Set<String> codes = new LinkedHashSet<>();
        if (ignore instanceof Collection<?> list) {
            list.forEach(code -> codes.add(String.valueOf(code).trim()));
        } else if (ignore != null) {
            codes.add(ignore.toString().trim());
        }
        return codes;
    }

    /** The codes named by {@code modelsense: ignore=...} comments ({@code --}, {@code #} or {@code {# #}}). */
    public static Set<String> ignoredInline(String fileText) {
        if (fileText == null || !fileText.contains("modelsense")) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = INLINE.matcher(fileText);
        while (matcher.find()) {
            for (String code : matcher.group(1).split(",")) {
                codes.add(code.trim());
            }
        }
        return codes;
    }

    private static boolean matchesCode(Set<String> ignored, String code) {
        return ignored.contains(code) || ignored.contains("all");
    }

    private static String relativePath(ProjectSnapshot snapshot, Path file) {
        if (file == null) {
            return null;
        }
        try {
            return snapshot.project().root().root().relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}

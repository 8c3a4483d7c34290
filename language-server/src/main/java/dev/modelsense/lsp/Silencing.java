package dev.modelsense.lsp;

import dev.modelsense.compile.ParsedNode;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which problem codes a user chose not to see in a file: the project-wide list from the settings, a model's
 * {@code modelsense: {ignore: [code, ...]}} config (from {@code config()}, properties YAML or dbt_project.yml), and
 * {@code -- modelsense: ignore=code[,code]} comments anywhere in the file ({@code #} in YAML, {@code {# #}} in Jinja).
 */
final class Silencing {

    static final String CONFIG_KEY = "modelsense";
    private static final Pattern INLINE = Pattern.compile(
            "(?:--|#)\\s*modelsense\\s*:\\s*ignore\\s*=\\s*([\\w.\\-]+(?:\\s*,\\s*[\\w.\\-]+)*)");

    private Silencing() {
    }

    /** The codes hidden in one file: the settings' codes, its nodes' configs and its inline comments. */
    static Set<String> ignoredIn(Set<String> fromSettings, List<ParsedNode> nodesInFile, String fileText) {
        Set<String> codes = new LinkedHashSet<>(fromSettings);
        for (ParsedNode node : nodesInFile) {
            codes.addAll(fromConfig(node.config()));
        }
        codes.addAll(inline(fileText));
        return codes;
    }

    /** {@code modelsense: {ignore: [a, b]}} or {@code modelsense: {ignore: a}}. */
    static Set<String> fromConfig(Map<String, Object> config) {
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

    static Set<String> inline(String fileText) {
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
}

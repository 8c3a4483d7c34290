package dev.modelsense.lsp;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.conventions.Exemptions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which problem codes a user chose not to see in a file: the project-wide list from the settings, a model's
 * {@code modelsense: {ignore: [code, ...]}} config (from {@code config()}, properties YAML or dbt_project.yml), and
 * {@code -- modelsense: ignore=code[,code]} comments anywhere in the file ({@code #} in YAML, {@code {# #}} in Jinja).
 */
final class Silencing {

    static final String CONFIG_KEY = Exemptions.CONFIG_KEY;

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
        return Exemptions.ignoredByConfig(config);
    }

    static Set<String> inline(String fileText) {
        return Exemptions.ignoredInline(fileText);
    }
}

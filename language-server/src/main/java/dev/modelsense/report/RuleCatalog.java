package dev.modelsense.report;

import dev.modelsense.project.Severity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each finding code means, for reports that describe their rules (SARIF's {@code tool.driver.rules}). Codes
 * outside the conventions (a model that fails to compile reports its compile problem's code) get a generic entry.
 */
public final class RuleCatalog {

    /** One code: a one-line description and the severity it has unless {@code modelsense.yml} says otherwise. */
    public record Rule(String code, String description, Severity defaultSeverity) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        add("conventions-config", "modelsense.yml is unreadable or has the wrong shape", Severity.ERROR);
        add("column-name-grammar", "Column name does not follow the contract's case, separator or shape",
                Severity.WARNING);
        add("column-prefix-unknown", "Column name starts with a prefix the contract does not define",
                Severity.WARNING);
        add("column-subject-unknown", "Column name uses a subject word outside the controlled vocabulary",
                Severity.WARNING);
        add("column-type-mismatch", "Column's type disagrees with what its prefix promises", Severity.WARNING);
        add("contract-column-missing", "A column of the enforced model contract is not selected", Severity.ERROR);
        add("contract-column-extra", "The model selects a column its enforced contract does not declare",
                Severity.ERROR);
        add("contract-column-order", "Columns are selected in another order than the contract declares",
                Severity.WARNING);
        add("contract-column-type", "A selected column's type differs from the contract's data_type", Severity.ERROR);
        add("model-name-convention", "Model name does not match its layer's naming template", Severity.WARNING);
        add("source-name-convention", "Source name does not match the naming template", Severity.WARNING);
        add("seed-name-convention", "Seed name does not match the naming template", Severity.WARNING);
        add("yaml-file-name-convention", "Properties file name does not match the naming template",
                Severity.WARNING);
        add("layer-source-outside-staging", "source() is used outside the source (staging) layer", Severity.WARNING);
        add("layer-wrong-direction", "A model depends on a model of a higher layer", Severity.WARNING);
        add("layer-staging-multiple-sources", "A staging model reads more than one source", Severity.WARNING);
        add("layer-direct-join-to-source", "A model reads both a source and other models", Severity.WARNING);
        add("layer-fanout", "A model has more direct children than the fan-out limit", Severity.WARNING);
        add("layer-rejoin-upstream", "A model rejoins a concept already joined upstream", Severity.INFO);
        add("doc-model-missing", "Model has no description", Severity.WARNING);
        add("doc-column-missing", "Column has no description", Severity.INFO);
        add("doc-primary-key-untested", "Primary key is not tested unique and not_null", Severity.WARNING);
        add("sql-syntax", "The compiled SQL does not parse", Severity.ERROR);
        add("column-not-produced", "A column documented in YAML is not produced by the query", Severity.WARNING);
        add("sql-analysis-skipped", "The model's SQL was too large or deep to analyse", Severity.INFO);
    }

    private RuleCatalog() {
    }

    private static void add(String code, String description, Severity severity) {
        RULES.put(code, new Rule(code, description, severity));
    }

    /** The rule of a code; compile problems and codes added later get a description that names the code. */
    public static Rule rule(String code) {
        Rule known = RULES.get(code);
        return known != null ? known : new Rule(code, "Compile problem: " + code, Severity.ERROR);
    }

    public static boolean isConventionCode(String code) {
        return RULES.containsKey(code);
    }

    /** Every conventions code, in documentation order. */
    public static Map<String, Rule> conventionRules() {
        return java.util.Collections.unmodifiableMap(RULES);
    }
}

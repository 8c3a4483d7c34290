package dev.modelsense.conventions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dbt-project-evaluator's vars in a project's {@code dbt_project.yml} ({@code staging_folder_name},
 * {@code staging_prefixes}, {@code marts_prefixes}, {@code models_fanout_threshold} ..., at the top level of
 * {@code vars:} or under {@code dbt_project_evaluator:}). A team that set them has written its layers down already, so
 * the built-in layer and naming rules follow them; {@code modelsense.yml} still overrides both.
 */
final class EvaluatorVars {

    private static final String PACKAGE = "dbt_project_evaluator";
    private static final Map<String, Boolean> LAYERS_WITH_SOURCE_PART = Map.of(
            "base", true, "staging", true, "intermediate", false, "marts", false);

    private EvaluatorVars() {
    }

    static Conventions apply(Conventions conventions, Map<String, Object> projectVars) {
        Map<String, Object> vars = new LinkedHashMap<>(projectVars == null ? Map.of() : projectVars);
        if (vars.get(PACKAGE) instanceof Map<?, ?> scoped) {
            scoped.forEach((key, value) -> vars.put(String.valueOf(key), value));
        }
        if (LAYERS_WITH_SOURCE_PART.keySet().stream().noneMatch(layer -> vars.containsKey(layer + "_folder_name")
                || vars.containsKey(layer + "_prefixes")) && !vars.containsKey("models_fanout_threshold")) {
            return conventions;
        }
        LayerRules defaults = conventions.layers();
        List<Layer> layers = new ArrayList<>();
        List<NamingConventions.ModelNaming> naming = new ArrayList<>();
        for (Layer layer : defaults.layers()) {
            List<String> folders = strings(vars.get(layer.name() + "_folder_name")).orElse(layer.folders());
            Optional<List<String>> declaredPrefixes = strings(vars.get(layer.name() + "_prefixes"));
            List<String> prefixes = declaredPrefixes.orElse(layer.prefixes());
            layers.add(new Layer(layer.name(), folders, prefixes, layer.mayDependOn()));
            // as the evaluator: marts names are free unless the team lists marts prefixes
            boolean named = !layer.name().equals("marts") || declaredPrefixes.isPresent();
            if (named && !prefixes.isEmpty() && LAYERS_WITH_SOURCE_PART.containsKey(layer.name())) {
                naming.add(new NamingConventions.ModelNaming(null, null, layer.name(), true,
                        templates(prefixes, LAYERS_WITH_SOURCE_PART.get(layer.name()))));
            }
        }
        int fanout = vars.get("models_fanout_threshold") instanceof Number limit ? limit.intValue()
                : defaults.fanoutLimit();
        LayerRules layerRules = new LayerRules(defaults.enabled(), layers, defaults.sourceLayers(), fanout,
                defaults.reportRejoin());
        NamingConventions names = conventions.naming();
        NamingConventions namingRules = new NamingConventions(naming, names.sources(), names.seeds(),
                names.yamlFiles());
        return new Conventions(conventions.columns(), namingRules, layerRules, conventions.documentation(),
                conventions.severities(), conventions.exemptions(), conventions.problems());
    }

    private static List<NameTemplate> templates(List<String> prefixes, boolean withSource) {
        List<NameTemplate> templates = new ArrayList<>();
        for (String prefix : prefixes) {
            if (withSource) {
                templates.add(NameTemplate.template(prefix + "<source>__<entity>", Map.of()));
            }
            templates.add(NameTemplate.template(prefix + "<entity>", Map.of()));
        }
        return templates;
    }

    /** A string or a list of strings, as the evaluator accepts for folder names and prefixes. */
    private static Optional<List<String>> strings(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(List.of(text));
        }
        if (value instanceof Collection<?> list) {
            return Optional.of(list.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList());
        }
        return Optional.empty();
    }
}

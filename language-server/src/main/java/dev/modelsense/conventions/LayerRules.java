package dev.modelsense.conventions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's layers in dependency order, which of them may call {@code source()}, the fan-out limit (0 = not
 * checked) and whether models that rejoin an upstream model are reported. {@code enabled} false turns every layer
 * check off.
 */
public record LayerRules(boolean enabled, List<Layer> layers, Set<String> sourceLayers, int fanoutLimit,
                         boolean reportRejoin) {

    public LayerRules {
        layers = List.copyOf(layers);
        sourceLayers = Set.copyOf(sourceLayers);
    }

    /**
     * dbt's recommended layers as dbt-project-evaluator knows them: base and staging read sources, intermediate and
     * marts build on them; staging never reads staging. Fan-out is not limited: a widely used staging model is normal.
     */
    public static LayerRules defaults() {
        return new LayerRules(true, List.of(
                new Layer("base", List.of("base"), List.of("base_"), Set.of("base")),
                new Layer("staging", List.of("staging"), List.of("stg_"), Set.of("base")),
                new Layer("intermediate", List.of("intermediate"), List.of("int_"),
                        Set.of("base", "staging", "intermediate")),
                new Layer("marts", List.of("marts"), List.of("fct_", "dim_"),
                        Set.of("base", "staging", "intermediate", "marts"))),
                Set.of("base", "staging"), 0, true);
    }

    public Optional<Layer> layer(String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst();
    }
}

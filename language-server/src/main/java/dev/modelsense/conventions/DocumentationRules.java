package dev.modelsense.conventions;

import java.util.List;
import java.util.Map;

/**
 * Which models must be described, whose columns must be described and whose primary key must be tested, per layer
 * ({@code "*"} for every model); and the column names that identify a primary key when the YAML declares no
 * {@code primary_key} constraint ({@code <model>} is the model name, {@code <entity>} the name without its layer
 * prefix and in the singular). Nothing is required by default.
 */
public record DocumentationRules(Map<String, Requirements> perLayer, List<String> primaryKeyNames) {

    public static final String ALL_LAYERS = "*";
    public static final List<String> DEFAULT_PRIMARY_KEY_NAMES = List.of("id", "<entity>_id", "<model>_id",
            "<entity>_key", "<entity>_pk");

    public DocumentationRules {
        perLayer = Map.copyOf(perLayer);
        primaryKeyNames = List.copyOf(primaryKeyNames);
    }

    public static DocumentationRules defaults() {
        return new DocumentationRules(Map.of(), DEFAULT_PRIMARY_KEY_NAMES);
    }

    /** What a model of this layer (null when unknown) must have: its layer's settings over the {@code "*"} ones. */
    public Requirements forLayer(String layer) {
        Requirements all = perLayer.getOrDefault(ALL_LAYERS, Requirements.NONE);
        Requirements own = layer == null ? Requirements.NONE : perLayer.getOrDefault(layer, Requirements.NONE);
        return all.or(own);
    }

    public record Requirements(boolean modelDescription, boolean columnDescriptions, boolean primaryKeyTested) {
        public static final Requirements NONE = new Requirements(false, false, false);

        Requirements or(Requirements other) {
            return new Requirements(modelDescription || other.modelDescription,
                    columnDescriptions || other.columnDescriptions, primaryKeyTested || other.primaryKeyTested);
        }

        boolean any() {
            return modelDescription || columnDescriptions || primaryKeyTested;
        }
    }
}

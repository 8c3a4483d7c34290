package dev.modelsense.conventions;

/** The project's layers (staging, intermediate, marts ...), their order and which may depend on which. */
public record LayerRules() {

    public static LayerRules defaults() {
        return new LayerRules();
    }
}

package dev.modelsense.conventions;

/** Which models and columns must be described, and whether primary keys must be tested, per layer. */
public record DocumentationRules() {

    public static DocumentationRules defaults() {
        return new DocumentationRules();
    }
}

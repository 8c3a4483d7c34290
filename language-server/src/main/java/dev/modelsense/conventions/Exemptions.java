package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;

/**
 * Where a finding does not apply: a model's {@code modelsense: {ignore: [...]}} config, a folder listed in
 * {@code modelsense.yml}, or an inline {@code -- modelsense: ignore=code} comment.
 */
public record Exemptions() {

    public static Exemptions none() {
        return new Exemptions();
    }

    public boolean exempt(Finding finding, ProjectSnapshot snapshot) {
        return false;
    }
}

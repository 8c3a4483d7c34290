package dev.modelsense.conventions;

import dev.modelsense.compile.Problem;
import dev.modelsense.project.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules one project's checks apply: its {@code modelsense.yml} over the built-in defaults. {@code severities}
 * maps a finding code to {@code error}, {@code warning}, {@code info} or {@code off}; {@code problems} are what was
 * wrong with the file itself.
 */
public record Conventions(ColumnContract columns, NamingConventions naming, LayerRules layers,
                          DocumentationRules documentation, Map<String, String> severities, Exemptions exemptions,
                          List<Problem> problems) {

    public Conventions {
        severities = Map.copyOf(severities);
        problems = List.copyOf(problems);
    }

    /** What a project without a {@code modelsense.yml} gets. */
    public static Conventions defaults() {
        return new Conventions(ColumnContract.disabled(), NamingConventions.defaults(), LayerRules.defaults(),
                DocumentationRules.defaults(), Map.of(), Exemptions.none(), List.of());
    }

    /** The severity a finding of this code is reported with, or empty when the project turned the code off. */
    public Optional<Severity> severityOf(String code, Severity byDefault) {
        String configured = severities.get(code);
        if (configured == null) {
            return Optional.of(byDefault);
        }
        return switch (configured) {
            case "off" -> Optional.empty();
            case "error" -> Optional.of(Severity.ERROR);
            case "warning", "warn" -> Optional.of(Severity.WARNING);
            default -> Optional.of(Severity.INFO);
        };
    }
}

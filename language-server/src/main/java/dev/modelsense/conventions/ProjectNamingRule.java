package dev.modelsense.conventions;

import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.project.PropertyFile;
import dev.modelsense.project.Severity;
import dev.modelsense.project.SourceTableProperties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names that belong to no model: the project's sources and its property (YAML) files. */
final class ProjectNamingRule implements ProjectRule {

    @Override
    public List<Finding> check(ProjectSnapshot snapshot, Conventions conventions) {
        List<Finding> found = new ArrayList<>();
        NamingConventions naming = conventions.naming();
        String root = snapshot.project().root().name();
        if (!naming.sources().isEmpty()) {
            Map<String, SourceTableProperties> firstTableOfSource = new LinkedHashMap<>();
            for (SourceNode source : snapshot.sources().values()) {
                if (source.enabled() && root.equals(source.packageName())) {
                    firstTableOfSource.putIfAbsent(source.sourceName(), source.properties());
                }
            }
            firstTableOfSource.forEach((name, table) -> {
                if (naming.sources().stream().noneMatch(p -> p.matches(name))) {
                    found.add(new Finding(sourceProblem(snapshot, name, table, "Source name '" + name
                            + "' does not follow the naming convention for sources: "
                            + NamingRule.describe(naming.sources())), null));
                }
            });
        }
        for (PropertyFile file : snapshot.project().properties()) {
            if (root.equals(file.packageName())) {
                yamlFileName(snapshot, naming, file.file()).ifPresent(found::add);
            }
        }
        return found;
    }

    private static java.util.Optional<Finding> yamlFileName(ProjectSnapshot snapshot, NamingConventions naming,
                                                             Path file) {
        Path projectRoot = snapshot.project().root().root();
        String relative = projectRoot.relativize(file).toString().replace('\\', '/');
        for (NamingConventions.FileNaming rule : naming.yamlFiles()) {
            if (rule.path() != null && !rule.path().matches(relative)) {
                continue;
            }
            String fileName = file.getFileName().toString();
            String stem = fileName.replaceFirst("\\.ya?ml$", "");
            String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
            List<NameTemplate> patterns = rule.patterns().stream().map(p -> p.isRegex() ? p
                    : NameTemplate.template(p.text().replace("<folder>", folder), Map.of())).toList();
            if (patterns.stream().anyMatch(p -> p.matches(stem) || p.matches(fileName))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Finding(new Problem(Codes.YAML_FILE_NAME, Severity.WARNING,
                    "Property file '" + fileName + "' does not follow the naming convention: "
                            + NamingRule.describe(patterns), file, 0, 0, List.of()), null));
        }
        return java.util.Optional.empty();
    }

    /** At the source's first table: the loaded project keeps no position for the source entry itself. */
    private static Problem sourceProblem(ProjectSnapshot snapshot, String name, SourceTableProperties table,
                                         String message) {
        int line = table.location() == null ? 0 : table.location().line();
        int column = table.location() == null ? 0 : table.location().column();
        return new Problem(Codes.SOURCE_NAME, Severity.WARNING, message, table.file(), line, column, List.of());
    }
}

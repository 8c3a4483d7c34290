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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** At the source's {@code name:} in its YAML file, else at its first table. */
    private static Problem sourceProblem(ProjectSnapshot snapshot, String name, SourceTableProperties table,
                                         String message) {
        Path file = table.file();
        String text = snapshot.project().files().stream().filter(f -> f.path().equals(file)).findFirst()
                .map(dev.modelsense.project.ProjectFile::text).orElse(null);
        if (text != null) {
            Matcher matcher = Pattern.compile("(?m)^(\\s*-?\\s*name\\s*:\\s*['\"]?)" + Pattern.quote(name)
                    + "['\"]?\\s*(?:#.*)?$").matcher(text);
            if (matcher.find()) {
                var lines = dev.modelsense.text.LineIndex.of(text);
                var at = lines.positionAt(matcher.end(1));
                return new Problem(Codes.SOURCE_NAME, Severity.WARNING, message, file, at.line(), at.character(),
                        List.of());
            }
        }
        int line = table.location() == null ? 0 : table.location().line();
        int column = table.location() == null ? 0 : table.location().column();
        return new Problem(Codes.SOURCE_NAME, Severity.WARNING, message, file, line, column, List.of());
    }
}

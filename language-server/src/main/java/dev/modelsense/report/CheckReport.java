package dev.modelsense.report;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.Finding;
import dev.modelsense.conventions.Fix;
import dev.modelsense.project.Severity;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The findings of one {@code modelsense check} run over a project, in a stable order (file, line, column, code) so
 * reports diff cleanly between runs.
 */
public record CheckReport(String projectName, Path root, List<CheckedModel> models, List<ReportEntry> entries) {

    /** A model the run checked, whether or not it has findings (JUnit reports list the ones that passed). */
    public record CheckedModel(String nodeId, String name, String file) {
    }

    private static final Comparator<ReportEntry> ORDER = Comparator
            .comparing((ReportEntry e) -> e.file() == null ? "" : e.file())
            .thenComparingInt(ReportEntry::line).thenComparingInt(ReportEntry::column)
            .thenComparing(ReportEntry::code).thenComparing(ReportEntry::message);

    public CheckReport {
        models = models.stream().sorted(Comparator.comparing(CheckedModel::name)
                .thenComparing(CheckedModel::nodeId)).toList();
        entries = entries.stream().sorted(ORDER).toList();
    }

    /**
     * The report of the findings a run found over {@code checked} (ids of the models it checked) of this snapshot;
     * paths become relative to the project root.
     */
    public static CheckReport of(ProjectSnapshot snapshot, java.util.Collection<String> checked,
                                 List<Finding> findings) {
        Path root = snapshot.project().root().root();
        Map<String, ParsedNode> nodes = snapshot.nodes();
        List<ReportEntry> entries = findings.stream().map(finding -> {
            Problem problem = finding.problem();
            ParsedNode node = finding.nodeId() == null ? null : nodes.get(finding.nodeId());
            boolean located = problem.file() != null && problem.line() >= 0;
            return new ReportEntry(problem.code(), problem.severity(), problem.message(),
                    relative(root, problem.file()), located ? problem.line() + 1 : 0,
                    located ? Math.max(0, problem.column()) + 1 : 0, node == null ? null : displayName(node),
                    finding.nodeId(), finding.fixes().stream().map(Fix::title).toList());
        }).toList();
        List<CheckedModel> models = checked.stream().map(nodes::get).filter(java.util.Objects::nonNull)
                .map(node -> new CheckedModel(node.uniqueId(), displayName(node),
                        relative(root, node.spec().file().path()))).toList();
        return new CheckReport(snapshot.project().root().name(), root, models, entries);
    }

    /** The model's name, with its version for a versioned model ({@code dim_products.v2}). */
    static String displayName(ParsedNode node) {
        Object version = node.spec().version();
        return version == null ? node.name() : node.name() + ".v" + version;
    }

    public long count(Severity severity) {
        return entries.stream().filter(e -> e.severity() == severity).count();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return entries.stream().anyMatch(e -> e.severity().ordinal() <= threshold.ordinal());
    }

    static String relative(Path root, Path file) {
        if (file == null) {
            return null;
        }
        Path absolute = file.toAbsolutePath().normalize();
        String text = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return text.replace('\\', '/');
    }
}

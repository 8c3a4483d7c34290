package dev.modelsense.cli;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.Finding;
import dev.modelsense.project.ConventionsFile;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@code --changed-since} reports: the models whose SQL or YAML entry changed and their direct children (a
 * renamed column breaks the models that select it), and project-wide findings only when the rules themselves
 * ({@code modelsense.yml}, {@code dbt_project.yml}) or the finding's own file changed.
 */
record ChangeScope(Set<Path> changedFiles, Set<String> nodes, boolean rulesChanged) {

    static ChangeScope of(ProjectSnapshot snapshot, Set<Path> changedFiles) {
        Set<Path> files = new LinkedHashSet<>();
        changedFiles.forEach(file -> files.add(file.toAbsolutePath().normalize()));
        Set<String> changed = new LinkedHashSet<>();
        for (ParsedNode node : snapshot.nodes().values()) {
            boolean sqlChanged = files.contains(node.spec().file().path());
            boolean yamlChanged = node.spec().properties() != null && node.spec().properties().file() != null
                    && files.contains(node.spec().properties().file().toAbsolutePath().normalize());
            if (sqlChanged || yamlChanged) {
                changed.add(node.uniqueId());
            }
        }
        Set<String> nodes = new LinkedHashSet<>(changed);
        for (String id : changed) {
            if (snapshot.graph().contains(id)) {
                nodes.addAll(snapshot.graph().children(id));
            }
        }
        Path root = snapshot.project().root().root();
        Path projectFile = snapshot.project().root().file();
        boolean rulesChanged = files.contains(root.resolve(ConventionsFile.FILE_NAME).normalize())
                || projectFile != null && files.contains(projectFile.toAbsolutePath().normalize());
        return new ChangeScope(Set.copyOf(files), Set.copyOf(nodes), rulesChanged);
    }

    boolean includesNode(String nodeId) {
        return nodes.contains(nodeId);
    }

    /** Whether a finding that belongs to no model is in scope. */
    boolean includesProjectFinding(Finding finding) {
        Path file = finding.problem().file();
        return rulesChanged || file != null && changedFiles.contains(file.toAbsolutePath().normalize());
    }
}

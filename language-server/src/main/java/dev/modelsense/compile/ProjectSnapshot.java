package dev.modelsense.compile;

import dev.modelsense.graph.ModelGraph;
import dev.modelsense.jinja.ProjectScope;
import dev.modelsense.project.LoadedProject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable, fully compiled state of a project: every node with its config and relation, the graph, each node's
 * compiled SQL, and every problem found. Readers never see a half-built snapshot.
 */
public record ProjectSnapshot(LoadedProject project, ProjectScope scope, Map<String, ParsedNode> nodes,
                              Map<String, SourceNode> sources, ModelGraph graph, Map<String, CompiledNode> compiled,
                              List<Problem> problems, PhaseTimings timings, CompileState state) {

    /** The macro registry (user, package and built-in macros, docs blocks) this snapshot compiled with. */
    public dev.modelsense.jinja.MacroRegistry macros() {
        return scope.macros();
    }

    /** Every node (enabled or not) defined in this file; several for a snapshot file with several blocks. */
    public List<ParsedNode> nodesIn(java.nio.file.Path file) {
        java.nio.file.Path normalized = file.toAbsolutePath().normalize();
        if (state != null) {
            return state.nodesIn(nodes, normalized);
        }
        return nodes.values().stream().filter(n -> n.spec().file().path().equals(normalized)).toList();
    }

    /**
     * A token that stays the same object while only nodes' code changes between snapshots (incremental builds keep
     * every node's config, relation name and enablement, and the sources): indexes by relation name can be reused.
     */
    public Object shape() {
        return state == null ? this : state.shape();
    }

    /** The recorded warehouse answers this snapshot compiled with (relation column types for static checks). */
    public MetadataCache metadata() {
        return state == null ? MetadataCache.EMPTY : state.run.metadata;
    }

    public Optional<ParsedNode> node(String uniqueId) {
        return Optional.ofNullable(nodes.get(uniqueId));
    }

    public Optional<CompiledNode> compiledNode(String uniqueId) {
        return Optional.ofNullable(compiled.get(uniqueId));
    }

    public Collection<ParsedNode> enabledNodes() {
        return nodes.values().stream().filter(ParsedNode::enabled).toList();
    }

    /** Project-level problems plus every compiled node's problems. */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(problems);
        compiled.values().forEach(c -> all.addAll(c.problems()));
        return all;
    }

    public boolean hasErrors() {
        return allProblems().stream().anyMatch(Problem::isError);
    }
}

package dev.modelsense.compile;

import dev.modelsense.jinja.RefArgs;
import dev.modelsense.project.LoadedProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's open files, compiled before a large project is parsed: their nodes are parsed and linked against only
 * the nodes they {@code ref} (every node of a referenced name, so unknown and disabled refs are told apart exactly, and
 * ephemeral chains are followed), then compiled. The full build that follows replaces this preview.
 */
final class EarlyPreview {

    private static final int MAX_NODES = 2_000;

    private EarlyPreview() {
    }

    static Optional<ProjectSnapshot> compile(RunContext mainRun, LoadedProject project, NodeDiscovery.Result discovered,
                                             Set<Path> priority, List<Problem> projectProblems) {
        Map<String, List<NodeSpec>> byName = new HashMap<>();
        List<NodeSpec> wanted = new ArrayList<>();
        for (NodeSpec spec : discovered.nodes()) {
            byName.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add(spec);
            if (priority.contains(spec.file().path())) {
                wanted.add(spec);
            }
        }
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        RunContext run = mainRun.withProject(project);
        ParsePhase parse = new ParsePhase(run);
        Map<String, ParsedNode> parsed = new LinkedHashMap<>();
        Map<String, List<Problem>> problems = new HashMap<>();
        Set<String> seenNames = new HashSet<>();
        List<NodeSpec> queue = new ArrayList<>(wanted);
        while (!queue.isEmpty() && parsed.size() < MAX_NODES) {
            NodeSpec spec = queue.remove(queue.size() - 1);
            if (parsed.containsKey(spec.uniqueId())) {
                continue;
            }
            ParsePhase.Outcome outcome = parse.captureSafely(spec);
            parsed.put(spec.uniqueId(), outcome.node());
            problems.put(spec.uniqueId(), new ArrayList<>(outcome.problems()));
            for (RefArgs ref : outcome.node().refs()) {
                if (seenNames.add(ref.name())) {
                    queue.addAll(byName.getOrDefault(ref.name(), List.of()));
                }
            }
        }
        Map<String, SourceNode> sources = SourceNodes.build(project, run.relations);
        NodeIndex index = new NodeIndex(project.root().name(), parsed.values(), sources.values(),
                discovered.latestVersions());
        Linker linker = new Linker(index, project.root().root());
        Map<String, ParsedNode> linked = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (ParsedNode node : parsed.values()) {
            Linker.LinkedNode result = linker.linkOne(node);
            linked.put(node.uniqueId(), result.node());
            problems.get(node.uniqueId()).addAll(result.problems());
            if (problems.get(node.uniqueId()).stream().anyMatch(Problem::isError)) {
                blocked.add(node.uniqueId());
            }
        }
        run.index = index;
        run.graph = GraphContext.of(linked.values(), sources.values());
        CompilePhase compilePhase = new CompilePhase(run, linked);
        Map<String, CompiledNode> compiled = new LinkedHashMap<>();
        for (NodeSpec spec : wanted) {
            ParsedNode node = linked.get(spec.uniqueId());
            if (node != null && CompilePhase.compilable(node)) {
                compiled.put(node.uniqueId(), ProjectCompiler.compileOrSkip(compilePhase, node, blocked));
            }
        }
        Map<String, List<Problem>> wantedProblems = new HashMap<>();
        wanted.forEach(spec -> wantedProblems.put(spec.uniqueId(), problems.getOrDefault(spec.uniqueId(), List.of())));
        Linker.GraphResult graph = linker.graph(linked, sources, List.of(), discovered.latestVersions());
        CompileState state = new CompileState(run, projectProblems, wantedProblems, List.of(), blocked,
                discovered.latestVersions());
        return Optional.of(new ProjectSnapshot(project, run.scope, Collections.unmodifiableMap(linked),
                Collections.unmodifiableMap(sources), graph.graph(), Collections.unmodifiableMap(compiled),
                List.copyOf(state.allProblems()), new PhaseTimings(0, 0, 0, 0, 0, 0), state));
    }
}

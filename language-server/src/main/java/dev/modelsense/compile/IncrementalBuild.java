package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.ConventionsFile;
import dev.modelsense.project.FileSource;
import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.project.ResourceType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a snapshot up to date after edits to node files (models, analyses, tests, snapshots): re-parse and re-link
 * the edited nodes against the unchanged index, rebuild the graph only when edges changed, and re-compile the edited
 * nodes plus, for an edited ephemeral model, everything it is injected into. Gives up (empty) whenever the edit could
 * change other nodes' compilation in ways this does not track: a new, deleted or non-node file, or a changed config,
 * relation or unique id.
 */
final class IncrementalBuild {

    private static final Set<ResourceType> NODE_FILES = Set.of(ResourceType.MODEL, ResourceType.ANALYSIS,
            ResourceType.TEST, ResourceType.SNAPSHOT);

    private final ProjectSnapshot previous;
    private final CompileState state;
    private final FileSource files;

    private IncrementalBuild(ProjectSnapshot previous, FileSource files) {
        this.previous = previous;
        this.state = previous.state();
        this.files = files;
    }

    static Optional<IncrementalBuild> of(ProjectSnapshot previous, FileSource files) {
        return previous == null || previous.state() == null ? Optional.empty()
                : Optional.of(new IncrementalBuild(previous, files));
    }

    Optional<ProjectSnapshot> apply(Set<Path> requestedPaths) {
        long start = System.nanoTime();
        // modelsense.yml holds the checks' rules, not code: a new text changes no node
        Path conventionsPath = previous.project().root().root().resolve(ConventionsFile.FILE_NAME);
        Set<Path> changedPaths = new java.util.LinkedHashSet<>();
        requestedPaths.forEach(path -> changedPaths.add(path.toAbsolutePath().normalize()));
        Optional<ConventionsFile> conventions = changedPaths.remove(conventionsPath)
                ? files.read(conventionsPath).map(text -> new ConventionsFile(conventionsPath, text))
                : previous.project().conventionsFile();
        if (changedPaths.isEmpty()) {
            LoadedProject project = withFiles(previous.project(), previous.project().files(), conventions);
            return Optional.of(new ProjectSnapshot(project, previous.scope(), previous.nodes(), previous.sources(),
                    previous.graph(), previous.compiled(), previous.problems(), new PhaseTimings(0, 0, 0, 0, 0, 0), state));
        }
        List<ProjectFile> allFiles = new ArrayList<>(previous.project().files());
        Map<Path, Integer> positions = new HashMap<>();
        for (int i = 0; i < allFiles.size(); i++) {
            positions.put(allFiles.get(i).path(), i);
        }
        List<ProjectFile> changed = new ArrayList<>();
        for (Path path : changedPaths) {
            Integer position = positions.get(path.toAbsolutePath().normalize());
            if (position == null || !NODE_FILES.contains(allFiles.get(position).type())) {
                return Optional.empty();
            }
            ProjectFile old = allFiles.get(position);
            Optional<String> text = files.read(old.path());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            ProjectFile updated = new ProjectFile(old.type(), old.packageName(), old.path(), old.originalFilePath(),
                    old.resourcePath(), text.get());
            allFiles.set(position, updated);
            changed.add(updated);
        }
        LoadedProject project = withFiles(previous.project(), allFiles, conventions);
        RunContext run = state.run.withProject(project);
        NodeDiscovery.Result discovered = new NodeDiscovery(project).discover(changed);
        Set<String> oldIds = new HashSet<>();
        for (ProjectFile file : changed) {
            previous.nodesIn(file.path()).forEach(n -> oldIds.add(n.uniqueId()));
        }
        Set<String> newIds = new HashSet<>();
        discovered.nodes().forEach(spec -> newIds.add(spec.uniqueId()));
        if (!oldIds.equals(newIds)) {
            return Optional.empty();
        }
        ParsePhase parse = new ParsePhase(run);
        Linker linker = new Linker(state.run.index, project.root().root());
        Map<String, ParsedNode> nodes = new LinkedHashMap<>(previous.nodes());
        Map<String, List<Problem>> nodeProblems = new HashMap<>(state.nodeProblems);
        Set<String> blocked = new HashSet<>(state.blocked);
        boolean edgesChanged = false;
        List<ParsedNode> edited = new ArrayList<>();
        for (NodeSpec spec : discovered.nodes()) {
            ParsePhase.Outcome outcome = parse.captureSafely(spec);
            ParsedNode old = previous.nodes().get(spec.uniqueId());
            if (!sameShape(old, outcome.node())) {
                return Optional.empty();
            }
            Linker.LinkedNode linked = linker.linkOne(outcome.node());
            List<Problem> problems = new ArrayList<>(outcome.problems());
            problems.addAll(linked.problems());
            nodeProblems.put(spec.uniqueId(), problems);
            blocked.remove(spec.uniqueId());
            if (problems.stream().anyMatch(Problem::isError)) {
                blocked.add(spec.uniqueId());
            }
            edgesChanged |= !old.dependsOn().equals(linked.node().dependsOn());
            nodes.put(spec.uniqueId(), linked.node());
            edited.add(linked.node());
        }
        long parsedAt = System.nanoTime();
        Linker.GraphResult graph = edgesChanged
                ? linker.graphAfterEdit(previous.graph(), state.graphProblems, nodes, edited)
                : new Linker.GraphResult(previous.graph(), state.graphProblems);
        if (edgesChanged) {
            run.graph = GraphContext.withNodes(state.run.graph, edited);
        }
        long linkedAt = System.nanoTime();

        CompilePhase compilePhase = new CompilePhase(run, nodes);
        Map<String, CompiledNode> compiled = new LinkedHashMap<>(previous.compiled());
        for (String id : toRecompile(edited, graph)) {
            ParsedNode node = nodes.get(id);
            if (node != null && CompilePhase.compilable(node)) {
                compiled.put(id, ProjectCompiler.compileOrSkip(compilePhase, node, blocked));
            }
        }
        long done = System.nanoTime();
        CompileState next = new CompileState(run, state.projectProblems, nodeProblems, graph.problems(), blocked,
                state.latestVersions);
        next.inheritShape(state);
        PhaseTimings timings = new PhaseTimings(0, 0, parsedAt - start, 0, linkedAt - parsedAt, done - linkedAt);
        return Optional.of(new ProjectSnapshot(project, previous.scope(), Collections.unmodifiableMap(nodes),
                previous.sources(), graph.graph(), Collections.unmodifiableMap(compiled),
                List.copyOf(next.allProblems()), timings, next));
    }

    /** The edited nodes, and every node an edited ephemeral model is injected into (its descendants). */
    private static Set<String> toRecompile(List<ParsedNode> edited, Linker.GraphResult graph) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (ParsedNode node : edited) {
            ids.add(node.uniqueId());
            if (node.isEphemeral() && graph.graph().node(node.uniqueId()).isPresent()) {
                ids.addAll(graph.graph().descendants(node.uniqueId(), -1));
            }
        }
        return ids;
    }

    /** Same config, relation and enablement: other nodes' compiled SQL cannot depend on what changed. */
    private static boolean sameShape(ParsedNode old, ParsedNode updated) {
        return old != null && old.enabled() == updated.enabled() && old.config().equals(updated.config())
                && Objects.equals(old.relationName(), updated.relationName())
                && Objects.equals(old.database(), updated.database()) && Objects.equals(old.schema(), updated.schema())
                && Objects.equals(old.alias(), updated.alias()) && old.spec().kind() != NodeKind.SEED;
    }

    private static LoadedProject withFiles(LoadedProject project, List<ProjectFile> files,
                                           Optional<ConventionsFile> conventions) {
        return new LoadedProject(project.root(), project.packages(), project.target(), project.profileFound(),
                List.copyOf(files), project.properties(), project.problems(), project.cliVars(),
                conventions, project.missingPackages());
    }
}

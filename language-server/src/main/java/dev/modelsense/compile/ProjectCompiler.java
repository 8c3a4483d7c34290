package dev.modelsense.compile;

import dev.modelsense.jinja.AdapterDialect;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.JinjaProblem;
import dev.modelsense.jinja.MacroRegistry;
import dev.modelsense.jinja.ProjectScope;
import dev.modelsense.project.DbtProject;
import dev.modelsense.project.DispatchRule;
import dev.modelsense.project.FileSource;
import dev.modelsense.project.LoadOptions;
import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.project.ProjectLoader;
import dev.modelsense.project.ProjectProblem;
import dev.modelsense.project.ResourceType;
import dev.modelsense.project.Severity;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Compiles a whole project as dbt does: load the project, register macros, parse every node, name relations,
 * link the graph, compile every enabled node and inject ephemeral CTEs. Returns one immutable snapshot; user
 * mistakes become problems in it, never exceptions. {@link #recompile} reuses a snapshot after edits.
 */
public final class ProjectCompiler {

    private final JinjaEngine engine;
    private final FileSource files;

    public ProjectCompiler(JinjaEngine engine, FileSource files) {
        this.engine = engine;
        this.files = files;
    }

    public ProjectSnapshot compile(CompileRequest request) {
        return compile(request, CompileProgress.NONE);
    }

    public ProjectSnapshot compile(CompileRequest request, CompileProgress progress) {
        long start = System.nanoTime();
        String rootName = request.projectRoot().getFileName() == null ? "project"
                : request.projectRoot().getFileName().toString();
        YamlValueRendering yaml = new YamlValueRendering(engine, rootName, request.vars(), request.env());
        LoadedProject project = new ProjectLoader(files, yaml).load(request.projectRoot(),
                new LoadOptions(request.profilesDir(), request.target(), request.vars(), request.env(),
                        request.homeDir()));
        List<Problem> projectProblems = new ArrayList<>();
        project.problems().forEach(p -> projectProblems.add(fromProjectProblem(p)));
        long loaded = System.nanoTime();

        MacroRegistry macros = registerMacros(project, projectProblems);
        ProjectScope scope = scope(project, macros);
        RunContext run = new RunContext(project, engine, scope,
                new RelationFactory(scope.dialect(), project.root().quoting(), request.overrides()),
                TargetContext.of(project.target()), request.env(), request.metadata().orElse(recordedMetadata(project)));
        long registered = System.nanoTime();

        NodeDiscovery.Result discovered = new NodeDiscovery(project).discover(project.files());
        projectProblems.addAll(discovered.problems());
        Set<Path> priority = progress.priorityFiles();
        if (!priority.isEmpty()) {
            EarlyPreview.compile(run, project, discovered, priority, projectProblems)
                    .ifPresent(progress::priorityCompiled);
        }
        ParsePhase parse = new ParsePhase(run);
        List<ParsePhase.Outcome> outcomes = parallel(request.threads(), discovered.nodes(), parse::captureSafely);
        Map<String, ParsedNode> parsed = new LinkedHashMap<>();
        Map<String, List<Problem>> nodeProblems = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        for (ParsePhase.Outcome outcome : outcomes) {
            String id = outcome.node().uniqueId();
            ParsedNode previous = parsed.get(id);
            if (previous != null && previous.enabled() && outcome.node().enabled()) {
                projectProblems.add(duplicate(previous, outcome.node()));
                continue;
            }
            if (previous == null || !previous.enabled()) {
                parsed.put(id, outcome.node());
                nodeProblems.put(id, new ArrayList<>(outcome.problems()));
                if (outcome.problems().stream().anyMatch(Problem::isError)) {
                    blocked.add(id);
                }
            }
        }
        long parsedAt = System.nanoTime();

        Map<String, SourceNode> sources = SourceNodes.build(project, run.relations);
        NodeIndex index = new NodeIndex(project.root().name(), parsed.values(), sources.values(),
                discovered.latestVersions());
        Linker linker = new Linker(index, project.root().root());
        Map<String, ParsedNode> linked = new LinkedHashMap<>();
        for (ParsedNode node : parsed.values()) {
            Linker.LinkedNode result = linker.linkOne(node);
            linked.put(node.uniqueId(), result.node());
            nodeProblems.get(node.uniqueId()).addAll(result.problems());
            if (result.unresolved()) {
                blocked.add(node.uniqueId());
            }
        }
        Linker.GraphResult graph = linker.graph(linked, sources, project.properties(), discovered.latestVersions());
        run.index = index;
        run.graph = GraphContext.of(linked.values(), sources.values());
        long linkedAt = System.nanoTime();

        CompilePhase compilePhase = new CompilePhase(run, linked);
        List<ParsedNode> toCompile = linked.values().stream().filter(CompilePhase::compilable).toList();
        Map<String, CompiledNode> compiled = new LinkedHashMap<>();
        CompileState state = new CompileState(run, projectProblems, nodeProblems, graph.problems(), blocked,
                discovered.latestVersions());
        parallel(request.threads(), toCompile, node -> compileOrSkip(compilePhase, node, blocked))
                .forEach(c -> compiled.put(c.node().uniqueId(), c));
        long done = System.nanoTime();

        PhaseTimings timings = new PhaseTimings(loaded - start, registered - loaded, parsedAt - registered, 0,
                linkedAt - parsedAt, done - linkedAt);
        return new ProjectSnapshot(project, scope, Collections.unmodifiableMap(linked),
                Collections.unmodifiableMap(sources), graph.graph(), Collections.unmodifiableMap(compiled),
                List.copyOf(state.allProblems()), timings, state);
    }

    /**
     * The snapshot after {@code changedFiles} changed. Edits to model, analysis, test and snapshot files re-parse and
     * re-compile only the nodes they affect, as long as no node's config, relation or unique id changed; anything
     * else (project or property YAML, macros, seeds, packages, new or deleted files) compiles the project again.
     */
    public ProjectSnapshot recompile(ProjectSnapshot previous, CompileRequest request, Set<Path> changedFiles) {
        return recompile(previous, request, changedFiles, CompileProgress.NONE);
    }

    public ProjectSnapshot recompile(ProjectSnapshot previous, CompileRequest request, Set<Path> changedFiles,
                                     CompileProgress progress) {
        return IncrementalBuild.of(previous, files)
                .flatMap(build -> build.apply(changedFiles))
                .orElseGet(() -> compile(request, progress));
    }

    static CompiledNode compileOrSkip(CompilePhase phase, ParsedNode node, Set<String> blocked) {
        // a node whose parse failed or whose refs do not resolve is reported once, and not rendered again
        return blocked.contains(node.uniqueId()) ? new CompiledNode(node, null, null, List.of(), List.of())
                : phase.result(node);
    }

    /** Answers a sandbox run recorded under the target path, when the user let it record them. */
    private RecordedMetadata recordedMetadata(LoadedProject project) {
        Path file = project.root().root().resolve(project.root().targetPath()).resolve(RecordedMetadata.FILE_NAME);
        return files.read(file).map(RecordedMetadata::fromJson).orElseGet(RecordedMetadata::empty);
    }

    private MacroRegistry registerMacros(LoadedProject project, List<Problem> problems) {
        List<String> packages = project.packages().stream().map(DbtProject::name).toList();
        MacroRegistry.Builder builder = MacroRegistry.builder(project.root().name(), packages);
        for (ProjectFile file : project.files()) {
            if (file.type() == ResourceType.MACRO || file.type() == ResourceType.DOCS) {
                for (JinjaProblem problem : builder.addFile(file.packageName(), file.path().toString(), file.text())) {
                    problems.add(new Problem(problem.code(), Severity.ERROR, problem.message(), file.path(),
                            Math.max(0, problem.line()), Math.max(0, problem.column()), List.of()));
                }
            }
        }
        return builder.build();
    }

    private static ProjectScope scope(LoadedProject project, MacroRegistry macros) {
        Map<String, List<String>> dispatch = new LinkedHashMap<>();
        for (DispatchRule rule : project.root().dispatch()) {
            dispatch.put(rule.macroNamespace(), rule.searchOrder());
        }
        Map<String, Object> flags = project.root().flags() == null ? Map.of() : project.root().flags();
        return new ProjectScope(project.root().name(), AdapterDialect.of(project.target().type()), dispatch, macros,
                UUID.randomUUID().toString(), ZonedDateTime.now(ZoneOffset.UTC), flags, project.missingPackages());
    }

    private static Problem duplicate(ParsedNode first, ParsedNode second) {
        return new Problem("duplicate-node", Severity.ERROR, "dbt found two nodes with the same unique id '"
                + first.uniqueId() + "': " + first.spec().file().originalFilePath() + " and "
                + second.spec().file().originalFilePath(), second.spec().file().path(), second.spec().bodyLine(), 0,
                List.of(new Problem.Related(first.spec().file().path(), first.spec().bodyLine(), 0,
                        "first defined here")));
    }

    private static Problem fromProjectProblem(ProjectProblem p) {
        Path file = p.location() == null ? null : p.location().file();
        int line = p.location() == null ? 0 : p.location().line();
        int column = p.location() == null ? 0 : p.location().column();
        return new Problem(p.code(), p.severity(), p.message(), file, line, column, List.of());
    }

    /** Runs {@code work} over {@code items} on {@code threads} threads, keeping the input order in the result. */
    static <T, R> List<R> parallel(int threads, Collection<T> items, Function<T, R> work) {
        if (threads <= 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> items.parallelStream().map(work).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("compile interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("compile failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Compiles a whole project as dbt does: load the project, register macros, parse every node, name relations,
 * link the graph, compile every enabled node and inject ephemeral CTEs. Returns one immutable snapshot; user
 * mistakes become problems in it, never exceptions.
 */
public final class ProjectCompiler {

    private final JinjaEngine engine;
    private final FileSource files;

    public ProjectCompiler(JinjaEngine engine, FileSource files) {
        this.engine = engine;
        this.files = files;
    }

    public ProjectSnapshot compile(CompileRequest request) {
        long start = System.nanoTime();
        String rootName = request.projectRoot().getFileName() == null ? "project"
                : request.projectRoot().getFileName().toString();
        YamlValueRendering yaml = new YamlValueRendering(engine, rootName, request.vars(), request.env());
        LoadedProject project = new ProjectLoader(files, yaml).load(request.projectRoot(),
                new LoadOptions(request.profilesDir(), request.target(), request.vars(), request.env(),
                        request.homeDir()));
        List<Problem> problems = new ArrayList<>();
        project.problems().forEach(p -> problems.add(fromProjectProblem(p)));
        long loaded = System.nanoTime();

        MacroRegistry macros = registerMacros(project, problems);
        ProjectScope scope = scope(project, macros);
        AdapterDialect dialect = scope.dialect();
        RunContext run = new RunContext(project, engine, scope, new RelationFactory(dialect, project.root().quoting()),
                TargetContext.of(project.target()), request.env(), request.metadata());
        long registered = System.nanoTime();

        NodeDiscovery.Result discovered = new NodeDiscovery(project).discover(project.files());
        problems.addAll(discovered.problems());
        ParsePhase parse = new ParsePhase(run);
        List<ParsePhase.Outcome> outcomes = parallel(request.threads(), discovered.nodes(), parse::captureSafely);
        Map<String, ParsedNode> parsed = new LinkedHashMap<>();
        java.util.Set<String> failedParse = new java.util.HashSet<>();
        for (ParsePhase.Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.problems().stream().anyMatch(Problem::isError)) {
                failedParse.add(outcome.node().uniqueId());
            }
            ParsedNode previous = parsed.putIfAbsent(outcome.node().uniqueId(), outcome.node());
            if (previous != null && previous.enabled() && outcome.node().enabled()) {
                problems.add(duplicate(previous, outcome.node()));
            } else if (previous != null && !previous.enabled() && outcome.node().enabled()) {
                parsed.put(outcome.node().uniqueId(), outcome.node());
            }
        }
        long parsedAt = System.nanoTime();

        Map<String, SourceNode> sources = SourceNodes.build(project, run.relations);
        NodeIndex index = new NodeIndex(project.root().name(), parsed.values(), sources.values(),
                discovered.latestVersions());
        Linker.Linked linked = new Linker(index, project.root().root()).link(parsed, sources, project.properties());
        problems.addAll(linked.problems());
        failedParse.addAll(linked.unresolved());
        run.index = index;
        run.graph = GraphContext.of(linked.nodes().values(), sources.values());
        long linkedAt = System.nanoTime();

        CompilePhase compilePhase = new CompilePhase(run, linked.nodes());
        List<ParsedNode> toCompile = linked.nodes().values().stream().filter(CompilePhase::compilable).toList();
        // a node whose parse failed or whose refs do not resolve is reported once, and not rendered again
        List<CompiledNode> compiledList = parallel(request.threads(), toCompile, node -> failedParse.contains(
                node.uniqueId()) ? new CompiledNode(node, null, null, List.of(), List.of())
                : compilePhase.result(node));
        Map<String, CompiledNode> compiled = new LinkedHashMap<>();
        compiledList.forEach(c -> compiled.put(c.node().uniqueId(), c));
        long done = System.nanoTime();

        PhaseTimings timings = new PhaseTimings(loaded - start, registered - loaded, parsedAt - registered, 0,
                linkedAt - parsedAt, done - linkedAt);
        return new ProjectSnapshot(project, scope, Collections.unmodifiableMap(linked.nodes()),
                Collections.unmodifiableMap(sources), linked.graph(), Collections.unmodifiableMap(compiled),
                List.copyOf(problems), timings);
    }

    /**
     * The snapshot after {@code changedFiles} changed. Edits to model, analysis, test and snapshot files re-parse and
     * re-compile only what they affect; anything else (project or property YAML, macros, seeds, packages) recompiles
     * the project.
     */
    public ProjectSnapshot recompile(ProjectSnapshot previous, CompileRequest request, java.util.Set<Path> changedFiles) {
        return compile(request);
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
                UUID.randomUUID().toString(), ZonedDateTime.now(ZoneOffset.UTC), flags);
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
    static <T, R> List<R> parallel(int threads, Collection<T> items, java.util.function.Function<T, R> work) {
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

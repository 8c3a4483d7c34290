package dev.modelsense.sandbox;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.RecordedMetadata;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.graph.Selector;
import dev.modelsense.graph.SelectorSyntaxException;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.project.FileSource;
import dev.modelsense.project.OverlayFileSource;
import dev.modelsense.project.TargetProfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a selection into the caller's personal sandbox: compile, name the sandbox (and refuse a production schema),
 * resolve every ref per relation like {@code dbt --defer --favor-state}, build the selected models in dependency
 * order through the {@link StatementGuard}, and preview the last one. The language server and the CLI both call
 * {@link #run}.
 */
public final class SandboxRunner {

    private final JinjaEngine engine;
    private final FileSource files;
    private final Function<Path, Optional<String>> gitEmail;
    private final String osUser;

    public SandboxRunner(JinjaEngine engine, FileSource files) {
        this(engine, files, UserIdentity::gitEmail, System.getProperty("user.name"));
    }

    public SandboxRunner(JinjaEngine engine, FileSource files, Function<Path, Optional<String>> gitEmail,
                         String osUser) {
        this.engine = engine;
        this.files = files;
        this.gitEmail = gitEmail;
        this.osUser = osUser;
    }

    public RunResult run(RunRequest request, ProgressListener progress, CancellationToken token) {
        SandboxName sandbox = null;
        try {
            long start = System.nanoTime();
            ProjectCompiler compiler = new ProjectCompiler(engine, overlay(request.unsavedBuffers()));
            ProjectSnapshot base = compiler.compile(request.compile());
            List<ParsedNode> selected = selection(base, request);
            TargetProfile[] productionTarget = new TargetProfile[1];
            ProductionRelations production = production(compiler, base, request, productionTarget);
            long compiled = System.nanoTime();

            TargetProfile target = base.project().target();
            WarehouseDialect dialect = WarehouseDialect.of(target.type());
            SandboxLocator locator = new SandboxLocator(gitEmail, osUser);
            sandbox = locator.name(base, request.user(), request.nameTemplate(), request.compile().env());
            Set<String> productionSchemas = new LinkedHashSet<>(production.schemas());
            productionSchemas.add(target.schema());
            SandboxNaming.refuseProduction(sandbox, productionSchemas);
            progress.report("Sandbox " + sandbox.display());
            token.throwIfCancelled();

            try (Warehouse warehouse = locator.connect(base, request.driverPath())) {
                Path projectRoot = base.project().root().root();
                DuckDbProduction.attach(warehouse, target, productionTarget[0], projectRoot,
                        projectRoot.resolve(base.project().root().targetPath()));
                StatementRunner runner = new StatementRunner(warehouse,
                        new StatementGuard(sandbox.database(), sandbox.schema()), token,
                        request.statementTimeoutSeconds());
                runner.execute(dialect.createSchema(sandbox.database(), sandbox.schema()));
                BuildLog.ensure(runner, sandbox);
                Map<String, RelationKind> existing = new HashMap<>(Catalog.relations(warehouse, sandbox.schema()));
                RunPlan plan = RunPlan.of(base, selected, production, sandbox, existing, dialect);
                progress.report("Resolving refs: " + plan.resolutions().size() + " relations");
                RecordedMetadata recorded = RecordedMetadata.empty();
                MetadataCache answers = plan.metadata(warehouse, request.compile().metadata());
                if (request.fillMetadata()) {
                    answers = answers.orElse(new LiveMetadata(warehouse, recorded, request.statementTimeoutSeconds()));
                }
                ProjectSnapshot snapshot = compiler.compile(request.compile().withOverrides(plan.overrides())
                        .withMetadata(answers));
                long planned = System.nanoTime();

                ModelBuilder builder = new ModelBuilder(runner, snapshot, sandbox, existing, request.fullRefresh());
                List<ModelOutcome> outcomes = build(plan, snapshot, builder, progress, token);
                for (ModelOutcome outcome : outcomes) {
                    if (outcome instanceof ModelOutcome.Built built) {
                        BuildLog.record(runner, sandbox, builder.target(snapshot.nodes().get(built.uniqueId()))
                                .identifier(), java.time.Instant.now());
                    }
                }
                long built = System.nanoTime();
                if (request.fillMetadata()) {
                    // later compiles (the CLI, the editor) render the target's own relation names, not the sandbox's:
                    // compile once more as they will, answering from the warehouse, so their questions are recorded
                    compiler.compile(request.compile().withMetadata(request.compile().metadata()
                            .orElse(new LiveMetadata(warehouse, recorded, request.statementTimeoutSeconds()))));
                    MetadataRecording.save(files, recorded, snapshot, warehouse, builder, outcomes, progress);
                }
                Optional<Preview> preview = preview(outcomes, snapshot, builder, runner, request.previewLimit());
                long previewed = System.nanoTime();
                return new RunResult.Finished(sandbox, plan.resolutions(), outcomes, preview,
                        new RunResult.Timings(compiled - start, planned - compiled, built - planned,
                                previewed - built));
            }
        } catch (SandboxException e) {
            return new RunResult.Aborted(sandbox, e.error());
        }
    }

    private FileSource overlay(Map<Path, String> buffers) {
        if (buffers.isEmpty()) {
            return files;
        }
        OverlayFileSource overlay = new OverlayFileSource(files);
        buffers.forEach((path, text) -> overlay.setBuffer(path.toAbsolutePath().normalize(), text));
        return overlay;
    }

    private static List<ParsedNode> selection(ProjectSnapshot base, RunRequest request) {
        if (request.select().isEmpty()) {
            throw new SandboxException(SandboxError.Kind.INVALID_REQUEST, "Select at least one model to run "
                    + "(--select)");
        }
        Set<String> ids;
        try {
            ids = Selector.parse(request.select(), request.exclude()).apply(base.graph());
        } catch (SelectorSyntaxException e) {
            throw new SandboxException(SandboxError.Kind.INVALID_REQUEST, "Invalid selector: " + e.getMessage());
        }
        List<ParsedNode> ordered = new ArrayList<>();
        for (String id : base.graph().topologicalOrder()) {
            ParsedNode node = base.nodes().get(id);
            if (ids.contains(id) && node != null && node.enabled()
                    && (node.spec().kind() == NodeKind.MODEL || node.spec().kind() == NodeKind.SEED)) {
                ordered.add(node);
            }
        }
        if (ordered.isEmpty()) {
            throw new SandboxException(SandboxError.Kind.INVALID_REQUEST, "The selection "
                    + String.join(" ", request.select()) + " matches no model or seed");
        }
        return ordered;
    }

    /** Production's relation names; {@code targetOut[0]} receives the defer target when there is one. */
    private ProductionRelations production(ProjectCompiler compiler, ProjectSnapshot base, RunRequest request,
                                           TargetProfile[] targetOut) {
        if (request.stateManifest() != null) {
            String manifest = files.read(request.stateManifest()).orElseThrow(() -> new SandboxException(
                    SandboxError.Kind.INVALID_REQUEST, "No manifest at " + request.stateManifest()));
            return ProductionRelations.fromManifest(manifest);
        }
        if (request.deferTarget() != null) {
            ProjectSnapshot prod = compiler.compile(request.compile().withTarget(request.deferTarget()));
            if (!prod.project().target().targetName().equals(request.deferTarget())) {
                throw new SandboxException(SandboxError.Kind.INVALID_REQUEST, "The profile has no target '"
                        + request.deferTarget() + "' to defer to");
            }
            targetOut[0] = prod.project().target();
            return ProductionRelations.of(prod);
        }
        return ProductionRelations.of(base);
    }

    private static List<ModelOutcome> build(RunPlan plan, ProjectSnapshot snapshot, ModelBuilder builder,
                                            ProgressListener progress, CancellationToken token) {
        List<ModelOutcome> outcomes = new ArrayList<>();
        String stopped = null;
        for (ParsedNode node : plan.selected()) {
            if (stopped != null) {
                outcomes.add(new ModelOutcome.Skipped(node.uniqueId(), stopped));
                continue;
            }
            if (node.isEphemeral()) {
                outcomes.add(new ModelOutcome.Skipped(node.uniqueId(), "ephemeral: inlined as a CTE where used"));
                continue;
            }
            long start = System.nanoTime();
            CompiledNode compiled = snapshot.compiledNode(node.uniqueId()).orElse(null);
            try {
                token.throwIfCancelled();
                compileProblem(node, compiled).ifPresent(error -> {
                    throw new SandboxException(error);
                });
                progress.report("Building " + node.name() + " (" + node.materialized() + ")");
                String how = builder.build(node, compiled);
                outcomes.add(new ModelOutcome.Built(node.uniqueId(),
                        builder.target(node).schema() + "." + builder.target(node).identifier(), how,
                        (System.nanoTime() - start) / 1_000_000));
            } catch (SandboxException e) {
                outcomes.add(new ModelOutcome.Failed(node.uniqueId(), ErrorLocations.locate(e, node, compiled)));
                stopped = e.error().kind() == SandboxError.Kind.CANCELLED ? "cancelled"
                        : "skipped after " + node.name() + " failed";
            }
        }
        return outcomes;
    }

    private static Optional<SandboxError> compileProblem(ParsedNode node, CompiledNode compiled) {
        if (node.spec().kind() == NodeKind.SEED) {
            return Optional.empty();
        }
        if (compiled == null) {
            return Optional.of(SandboxError.of(SandboxError.Kind.COMPILE, node.name() + " was not compiled"));
        }
        return compiled.problems().stream().filter(p -> p.isError()).findFirst()
                .map(p -> new SandboxError(SandboxError.Kind.COMPILE, p.message(), p.file(), p.line()))
                .or(() -> compiled.failed() ? Optional.of(new SandboxError(SandboxError.Kind.COMPILE,
                        node.name() + " did not compile", node.spec().file().path(), node.spec().bodyLine()))
                        : Optional.empty());
    }

    private static Optional<Preview> preview(List<ModelOutcome> outcomes, ProjectSnapshot snapshot,
                                             ModelBuilder builder, StatementRunner runner, int limit) {
        if (limit <= 0) {
            return Optional.empty();
        }
        for (int i = outcomes.size() - 1; i >= 0; i--) {
            if (outcomes.get(i) instanceof ModelOutcome.Built built) {
                ParsedNode node = snapshot.nodes().get(built.uniqueId());
                String relation = runner.warehouse().dialect().qualified(builder.target(node));
                return Optional.of(runner.query("select * from " + relation + " limit " + (limit + 1),
                        rows -> PreviewReader.read(built.relation(), rows, limit)));
            }
        }
        return Optional.empty();
    }
}

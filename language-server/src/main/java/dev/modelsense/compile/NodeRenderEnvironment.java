package dev.modelsense.compile;

import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.DbtCompilationException;
import dev.modelsense.jinja.NodeEnvironment;
import dev.modelsense.jinja.QueryResult;
import dev.modelsense.jinja.RefArgs;
import dev.modelsense.jinja.Relation;
import dev.modelsense.jinja.RenderResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One node's view of the project while its Jinja runs. In the parse phase (execute = false) ref/source/config are
 * recorded and ref/source return the node's own relation, as dbt's parse providers do; in the compile phase they
 * resolve to real relations, and refs to ephemeral models are remembered for CTE injection.
 */
final class NodeRenderEnvironment implements NodeEnvironment {

    private final RunContext run;
    private final NodeSpec spec;
    private final boolean execute;
    private final Map<String, Object> config;
    private final Relation self;
    private final Map<String, Object> model;
    private final NodeCalls calls = new NodeCalls();
    private final Set<String> ephemeralRefs = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    NodeRenderEnvironment(RunContext run, NodeSpec spec, boolean execute, Map<String, Object> config, Relation self,
                          Map<String, Object> model) {
        this.run = run;
        this.spec = spec;
        this.execute = execute;
        this.config = config;
        this.self = self;
        this.model = model;
    }

    NodeCalls calls() {
        return calls;
    }

    /** Unique ids of the ephemeral models this render referenced, in first-use order. */
    Set<String> ephemeralRefs() {
        return ephemeralRefs;
    }

    List<String> notes() {
        return notes;
    }

    @Override
    public String packageName() {
        return spec.packageName();
    }

    @Override
    public boolean execute() {
        return execute;
    }

    @Override
    public Relation ref(RefArgs ref) {
        if (!execute) {
            calls.addRef(ref);
            return self;
        }
        Lookup<ParsedNode> found = run.index.ref(ref, spec.packageName());
        if (found instanceof Lookup.Found<ParsedNode> hit) {
            ParsedNode target = hit.node();
            if (target.isEphemeral()) {
                ephemeralRefs.add(target.uniqueId());
                return run.relations.ephemeral(target.alias());
            }
            return run.relations.forNode(target);
        }
        throw new DbtCompilationException(RefMessages.unresolvedRef(spec, ref, found));
    }

    @Override
    public Relation source(String sourceName, String tableName) {
        if (!execute) {
            calls.addSource(new NodeCalls.SourceCall(sourceName, tableName));
            return self;
        }
        Lookup<SourceNode> found = run.index.source(sourceName, tableName, spec.packageName());
        if (found instanceof Lookup.Found<SourceNode> hit) {
            return run.relations.forSource(hit.node());
        }
        throw new DbtCompilationException(RefMessages.unresolvedSource(spec, sourceName, tableName, found));
    }

    @Override
    public void config(Map<String, Object> values) {
        if (!execute) {
            calls.addConfig(values);
        }
    }

    /** Parse-time {@code config.get} returns nothing, as dbt's ParseConfigObject does; compile-time reads the node. */
    @Override
    public Object configGet(String key) {
        return execute ? config.get(key) : null;
    }

    @Override
    public Optional<Object> var(String name) {
        Map<String, Object> vars = run.varsFor(spec.packageName());
        if (!vars.containsKey(name)) {
            return Optional.empty();
        }
        Object value = vars.get(name);
        if (value instanceof String text && (text.contains("{{") || text.contains("{%"))) {
            RenderResult rendered = run.engine.render(run.scope, this, spec.file().originalFilePath(), text);
            if (rendered instanceof RenderResult.Rendered ok) {
                return Optional.of(ok.text());
            }
        }
        return Optional.ofNullable(value);
    }

    @Override
    public Optional<String> envVar(String name) {
        return Optional.ofNullable(run.env.get(name));
    }

    @Override
    public Relation thisRelation() {
        return self;
    }

    @Override
    public Map<String, Object> target() {
        return run.target;
    }

    @Override
    public Map<String, Object> model() {
        return model;
    }

    @Override
    public Map<String, Object> graph() {
        return run.graph;
    }

    @Override
    public Optional<List<ColumnInfo>> columns(Relation relation) {
        return run.metadata.columns(relation.database(), relation.schema(), relation.identifier());
    }

    @Override
    public Optional<QueryResult> query(String sql) {
        return run.metadata.query(sql);
    }

    @Override
    public void guessed(String what) {
        if (execute) {
            notes.add("guessed: " + what);
        }
    }

    @Override
    public void log(String message, boolean info) {
        // dbt prints info logs to the console; an editor has no console, so they are kept out of stdout.
    }

    @Override
    public void warn(String message) {
        notes.add(message);
    }
}

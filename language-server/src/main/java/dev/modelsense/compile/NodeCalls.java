package dev.modelsense.compile;

import dev.modelsense.jinja.RefArgs;
import dev.modelsense.jinja.StaticCalls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a node's Jinja asked for in the parse phase: its refs, sources and {@code config(...)} calls, in order. */
public final class NodeCalls {

    public record SourceCall(String sourceName, String tableName) {
    }

    private final List<RefArgs> refs = new ArrayList<>();
    private final List<SourceCall> sources = new ArrayList<>();
    private final List<Map<String, Object>> configs = new ArrayList<>();

    /** The calls dbt's static parser read without rendering. */
    static NodeCalls of(StaticCalls.Result result) {
        NodeCalls calls = new NodeCalls();
        result.refs().forEach(calls::addRef);
        result.sources().forEach(s -> calls.addSource(new SourceCall(s.sourceName(), s.tableName())));
        result.configs().forEach(calls::addConfig);
        return calls;
    }

    synchronized void addRef(RefArgs ref) {
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
    }

    synchronized void addSource(SourceCall source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    synchronized void addConfig(Map<String, Object> values) {
        configs.add(new LinkedHashMap<>(values));
    }

    public synchronized List<RefArgs> refs() {
        return List.copyOf(refs);
    }

    public synchronized List<SourceCall> sources() {
        return List.copyOf(sources);
    }

    public synchronized List<Map<String, Object>> configs() {
        return List.copyOf(configs);
    }
}

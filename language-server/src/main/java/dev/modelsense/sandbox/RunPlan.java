package dev.modelsense.sandbox;

import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.RelationAddress;
import dev.modelsense.compile.RelationOverrides;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.QueryResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which relation every ref and source of a run points at, decided per relation as {@code dbt --defer --favor-state}
 * does: selected models build into the sandbox, a model an earlier run built in this sandbox is read there,
 * everything else is read from production.
 */
record RunPlan(List<ParsedNode> selected, Map<String, RelationAddress> sandboxed,
               ProductionRelations production, List<Resolution> resolutions, WarehouseDialect dialect) {

    static RunPlan of(ProjectSnapshot base, List<ParsedNode> selected, ProductionRelations production,
                      SandboxName sandbox, Map<String, RelationKind> existing, WarehouseDialect dialect) {
        Set<String> selectedIds = new LinkedHashSet<>();
        selected.forEach(n -> selectedIds.add(n.uniqueId()));
        Map<String, RelationAddress> sandboxed = new HashMap<>();
        Map<String, Resolution.Place> places = new LinkedHashMap<>();
        for (ParsedNode node : base.nodes().values()) {
            if (!node.enabled() || node.isEphemeral()) {
                continue;
            }
            RelationAddress inSandbox = new RelationAddress(sandbox.database(), sandbox.schema(),
                    dialect.fold(node.alias()));
            if (selectedIds.contains(node.uniqueId())) {
                sandboxed.put(node.uniqueId(), inSandbox);
                places.put(node.uniqueId(), Resolution.Place.SANDBOX_SELECTED);
            } else if (existing.containsKey(inSandbox.identifier())) {
                sandboxed.put(node.uniqueId(), inSandbox);
                places.put(node.uniqueId(), Resolution.Place.SANDBOX_EXISTING);
            }
        }
        List<Resolution> resolutions = new ArrayList<>();
        for (String id : reported(base, selected)) {
            ParsedNode node = base.nodes().get(id);
            SourceNode source = base.sources().get(id);
            String name = node != null ? node.name() : source != null ? source.sourceName() + "." + source.tableName()
                    : id;
            if (node != null && node.isEphemeral()) {
                resolutions.add(new Resolution(id, name, Resolution.Place.INLINED, null));
            } else if (sandboxed.containsKey(id)) {
                resolutions.add(new Resolution(id, name, places.get(id), render(dialect, sandboxed.get(id))));
            } else {
                String relation = production.of(id).map(a -> render(dialect, a)).orElse("(not in production)");
                resolutions.add(new Resolution(id, name, Resolution.Place.PRODUCTION, relation));
            }
        }
        return new RunPlan(List.copyOf(selected), Map.copyOf(sandboxed), production, List.copyOf(resolutions),
                dialect);
    }

    /** The selected nodes and everything they read, through ephemeral parents (which are inlined). */
    private static Set<String> reported(ProjectSnapshot base, List<ParsedNode> selected) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>();
        selected.forEach(n -> queue.add(n.uniqueId()));
        while (!queue.isEmpty()) {
            String id = queue.remove(0);
            if (!ids.add(id)) {
                continue;
            }
            ParsedNode node = base.nodes().get(id);
            boolean expand = node != null && (selected.contains(node) || node.isEphemeral());
            if (expand) {
                queue.addAll(node.dependsOn());
            }
        }
        return ids;
    }

    private static String render(WarehouseDialect dialect, RelationAddress address) {
        return (address.database() == null ? "" : address.database() + ".") + address.schema() + "."
                + address.identifier();
    }

    RelationOverrides overrides() {
        return new RelationOverrides() {
            @Override
            public Optional<RelationAddress> node(ParsedNode node) {
                RelationAddress inSandbox = sandboxed.get(node.uniqueId());
                return inSandbox != null ? Optional.of(inSandbox) : production.of(node.uniqueId());
            }

            @Override
            public Optional<RelationAddress> source(SourceNode source) {
                return production.of(source.uniqueId());
            }
        };
    }

    /**
     * Columns of the sandbox relations that exist, read from the warehouse before compiling (so
     * {@code is_incremental()} sees an incremental model's table), over whatever cache the caller gave.
     */
    MetadataCache metadata(Warehouse warehouse, MetadataCache fallback) {
        Map<String, List<ColumnInfo>> columns = new HashMap<>();
        for (ParsedNode node : selected) {
            RelationAddress address = sandboxed.get(node.uniqueId());
            if (address == null || !"incremental".equals(node.materialized())) {
                continue;
            }
            List<ColumnInfo> found = Catalog.columns(warehouse, address.schema(), address.identifier());
            if (!found.isEmpty()) {
                columns.put(key(address.database(), address.schema(), address.identifier()), found);
            }
        }
        return new MetadataCache() {
            @Override
            public Optional<List<ColumnInfo>> columns(String database, String schema, String identifier) {
                List<ColumnInfo> known = columns.get(key(database, schema, identifier));
                return known != null ? Optional.of(known) : fallback.columns(database, schema, identifier);
            }

            @Override
            public Optional<QueryResult> query(String sql) {
                return fallback.query(sql);
            }
        };
    }

    private static String key(String database, String schema, String identifier) {
        return (database == null ? "" : database.toLowerCase(Locale.ROOT)) + "|" + schema.toLowerCase(Locale.ROOT)
                + "|" + identifier.toLowerCase(Locale.ROOT);
    }
}

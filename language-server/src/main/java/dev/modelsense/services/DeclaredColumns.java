package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.Location;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.SeedCsv;
import dev.modelsense.project.VersionProperties;

import java.util.ArrayList;
import java.util.List;

/** Columns as the project declares them: property YAML entries (per model version) and seed CSV headers. */
final class DeclaredColumns implements ColumnCatalog {

    static final DeclaredColumns INSTANCE = new DeclaredColumns();

    private DeclaredColumns() {
    }

    @Override
    public List<ColumnInfo> columnsOf(ProjectSnapshot snapshot, String uniqueId) {
        SourceNode source = snapshot.sources().get(uniqueId);
        if (source != null) {
            return fromProperties(source.properties().columns());
        }
        ParsedNode node = snapshot.nodes().get(uniqueId);
        if (node == null) {
            return List.of();
        }
        List<ColumnInfo> declared = fromProperties(yamlColumns(node));
        return node.spec().kind() == NodeKind.SEED ? withSeedHeader(node, declared) : declared;
    }

    private static List<ColumnProperties> yamlColumns(ParsedNode node) {
        NodeProperties properties = node.spec().properties();
        if (properties == null) {
            return List.of();
        }
        Object version = node.spec().version();
        if (version != null && properties.versions() != null) {
            for (VersionProperties v : properties.versions()) {
                if (String.valueOf(v.v()).equals(String.valueOf(version))) {
                    return v.columns() == null ? List.of() : v.columns();
                }
            }
        }
        return properties.columns() == null ? List.of() : properties.columns();
    }

    private static List<ColumnInfo> fromProperties(List<ColumnProperties> columns) {
        List<ColumnInfo> result = new ArrayList<>();
        for (ColumnProperties column : columns) {
            if (column.name() != null) {
                result.add(new ColumnInfo(column.name(), column.description(), column.dataType(), column.location()));
            }
        }
        return result;
    }

    /** The CSV header in file order, described by matching YAML entries; YAML-only columns follow. */
    private static List<ColumnInfo> withSeedHeader(ParsedNode seed, List<ColumnInfo> declared) {
        String csv = seed.spec().file().text();
        List<String> header = SeedCsv.seedColumns(csv.length() > 100_000 ? csv.substring(0, 100_000) : csv);
        List<ColumnInfo> columns = new ArrayList<>();
        List<ColumnInfo> remaining = new ArrayList<>(declared);
        int column = csv.startsWith("\uFEFF") ? 1 : 0;
        for (String name : header) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                ColumnInfo yaml = remaining.stream().filter(c -> c.name().equalsIgnoreCase(trimmed)).findFirst()
                        .orElse(null);
                remaining.remove(yaml);
                columns.add(yaml != null ? yaml
                        : new ColumnInfo(trimmed, null, null, new Location(seed.spec().file().path(), 0, column)));
            }
            column += name.length() + 1;
        }
        columns.addAll(remaining);
        return columns;
    }
}

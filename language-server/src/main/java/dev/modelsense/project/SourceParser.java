package dev.modelsense.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a {@code sources:} entry into one {@link SourceTableProperties} per table, inheriting from the source
 * as dbt's {@code SourcePatcher.parse_source} does: quoting merged (table wins where set), config merged,
 * meta the table's own (dbt keeps the source's apart as {@code source_meta}), tags the sorted union, {@code loaded_at_field} from the table else the source, freshness merged
 * one level deep ({@code merge_freshness}), schema defaulting to the source name and identifier to the table name.
 */
final class SourceParser {

    private final PropertyFileParser parser;
    private final String packageName;
    private final Path file;
    private final Problems problems;

    SourceParser(PropertyFileParser parser, String packageName, Path file, Problems problems) {
        this.parser = parser;
        this.packageName = packageName;
        this.file = file;
        this.problems = problems;
    }

    List<SourceTableProperties> tables(YamlEntry source) {
        String sourceName = parser.requiredName(source);
        if (sourceName == null) {
            return List.of();
        }
        String database = source.string("database");
        String schema = source.string("schema") != null ? source.string("schema") : sourceName;
        Map<String, Object> sourceQuoting = source.map("quoting");
        source.map("meta"); // type-checked only: a table's meta does not inherit it
        Map<String, Object> sourceConfig = source.map("config");
        List<String> sourceTags = source.stringList("tags");
        Object sourceFreshness = source.has("freshness") ? source.raw("freshness") : Map.of();
        Object sourceLoadedAt = source.raw("loaded_at_field");
        String sourceDescription = PropertyFileParser.orEmpty(source.string("description"));
        String loader = PropertyFileParser.orEmpty(source.string("loader"));

        List<SourceTableProperties> tables = new ArrayList<>();
        for (YamlEntry table : source.entries("tables")) {
            String tableName = parser.requiredName(table);
            if (tableName == null) {
                continue;
            }
            Map<String, Object> quoting = new LinkedHashMap<>(sourceQuoting);
            table.map("quoting").forEach((key, value) -> {
                if (value != null) {
                    quoting.put(key, value);
                }
            });
            Map<String, Object> meta = table.map("meta"); // dbt keeps the source's meta apart (source_meta)
            TreeSet<String> tags = new TreeSet<>(sourceTags);
            tags.addAll(table.stringList("tags"));
            Object tableFreshness = table.has("freshness") ? table.raw("freshness") : Map.of();
            Object loadedAt = table.raw("loaded_at_field") != null ? table.raw("loaded_at_field") : sourceLoadedAt;
            String identifier = table.string("identifier") != null ? table.string("identifier") : tableName;
            tables.add(new SourceTableProperties(packageName, sourceName, tableName, database, schema, identifier,
                    PropertyFileParser.orEmpty(table.string("description")), sourceDescription, loader, quoting,
                    ConfigMerge.merge(sourceConfig, table.map("config")), meta, List.copyOf(tags),
                    parser.columns(table), mergeFreshness(sourceFreshness, tableFreshness, table), loadedAt,
                    PropertyFileParser.nameLocation(table), file));
        }
        return tables;
    }

    /**
     * dbt's {@code merge_freshness}: an explicit {@code freshness: null} on the table switches it off, an absent one
     * inherits; when both are set the table's keys win and {@code warn_after}/{@code error_after} merge key by key.
     * Null when no freshness applies.
     */
    private Object mergeFreshness(Object base, Object update, YamlEntry table) {
        if (update != null && !(update instanceof Map)) {
            table.schemaError("freshness", "a mapping or null");
            return null;
        }
        if (base != null && !(base instanceof Map)) {
            base = null;
        }
        if (update == null) {
            return null;
        }
        Map<String, Object> merged;
        if (base == null) {
            merged = Values.mapOrEmpty(update);
        } else {
            merged = Values.mapOrEmpty(base);
            Map<String, Object> overrides = Values.mapOrEmpty(update);
            for (Map.Entry<String, Object> entry : overrides.entrySet()) {
                String key = entry.getKey();
                if ((key.equals("warn_after") || key.equals("error_after"))
                        && merged.get(key) instanceof Map<?, ?> baseThreshold && entry.getValue() instanceof Map<?, ?> threshold) {
                    Map<String, Object> combined = Values.stringMap(baseThreshold);
                    Values.stringMap(threshold).forEach((field, value) -> {
                        if (value != null) {
                            combined.put(field, value);
                        }
                    });
                    merged.put(key, combined);
                } else if (entry.getValue() != null || key.equals("warn_after") || key.equals("error_after")) {
                    merged.put(key, entry.getValue());
                }
            }
        }
        return merged.isEmpty() ? null : merged;
    }
}

package dev.modelsense.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One table of a {@code sources:} entry, with the source's settings inherited as dbt does:
 * schema defaults to the source name, identifier to the table name, quoting/meta/config merge source then table,
 * freshness merges one level deep, tags are the sorted union. {@code database} stays null when unset
 * (the compiler fills in the target database).
 */
public record SourceTableProperties(String packageName, String sourceName, String tableName, String database,
                                    String schema, String identifier, String description, String sourceDescription,
                                    String loader, Map<String, Object> quoting, Map<String, Object> config,
                                    Map<String, Object> meta, List<String> tags, List<ColumnProperties> columns,
                                    Object freshness, Object loadedAtField, Location location, Path file) {}

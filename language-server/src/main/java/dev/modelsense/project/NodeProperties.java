package dev.modelsense.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A {@code models:}, {@code seeds:}, {@code snapshots:}, {@code analyses:} or {@code macros:} entry of a property file. */
public record NodeProperties(ResourceType type, String packageName, String name, String description,
                             Map<String, Object> config, List<ColumnProperties> columns, List<Object> constraints,
                             List<Object> dataTests, List<VersionProperties> versions, Object latestVersion,
                             Map<String, Object> docs, Map<String, Object> meta, Location location, Path file) {}

package dev.modelsense.project;

import java.util.List;
import java.util.Map;

/**
 * One entry of a model's {@code versions:}.
 *
 * @param definedIn nullable
 * @param columns   the model's columns filtered by the version's include/exclude, then the version's own columns,
 *                  as dbt's {@code get_columns_for_version} does
 */
public record VersionProperties(Object v, String definedIn, Map<String, Object> config,
                                List<ColumnProperties> columns, Location location) {}

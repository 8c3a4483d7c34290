package dev.modelsense.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed property (schema) YAML file. {@code other} keeps the entries of every other top-level key
 * (metrics, semantic_models, saved_queries, unit_tests, groups ...) raw and rendered.
 */
public record PropertyFile(Path file, String packageName, List<NodeProperties> nodes,
                           List<SourceTableProperties> sources, List<ExposureProperties> exposures,
                           Map<String, List<Map<String, Object>>> other) {}

package dev.modelsense.project;

import java.util.List;
import java.util.Map;

/** A {@code columns:} entry of a property file; {@code dataTests} holds {@code data_tests:} or {@code tests:}. */
public record ColumnProperties(String name, String description, String dataType, boolean quote,
                               Map<String, Object> meta, List<Object> constraints, List<Object> dataTests,
                               List<String> tags, Location location) {}

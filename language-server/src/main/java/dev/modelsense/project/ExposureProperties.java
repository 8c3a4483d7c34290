package dev.modelsense.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An {@code exposures:} entry; {@code dependsOn} holds the raw strings such as {@code ref('orders')}. */
public record ExposureProperties(String packageName, String name, String type, String label, String description,
                                 List<String> dependsOn, Map<String, Object> owner, Location location, Path file) {}

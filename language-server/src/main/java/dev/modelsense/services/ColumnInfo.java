package dev.modelsense.services;

import dev.modelsense.project.Location;

/**
 * A column of a model, seed, snapshot or source as the editor shows it.
 *
 * @param description nullable
 * @param dataType    nullable
 * @param origin      where the column is declared (a YAML {@code name:} or a CSV header); nullable
 */
public record ColumnInfo(String name, String description, String dataType, Location origin) {}

package dev.modelsense.jinja;

/** One column of a relation as the metadata cache knows it. */
public record ColumnInfo(String name, String dataType) {}

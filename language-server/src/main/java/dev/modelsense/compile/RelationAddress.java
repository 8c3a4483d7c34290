package dev.modelsense.compile;

/** Where a relation lives in the warehouse, before quoting: database (nullable), schema and identifier. */
public record RelationAddress(String database, String schema, String identifier) {
}

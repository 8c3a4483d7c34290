package dev.modelsense.project;

/** The kinds of project files and property entries the loader distinguishes. */
public enum ResourceType { MODEL, ANALYSIS, SNAPSHOT, SEED, MACRO, TEST, DOCS }

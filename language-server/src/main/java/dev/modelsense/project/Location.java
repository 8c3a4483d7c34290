package dev.modelsense.project;

import java.nio.file.Path;

/** A 0-based line and column in a file. */
public record Location(Path file, int line, int column) {}

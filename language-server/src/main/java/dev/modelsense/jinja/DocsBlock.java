package dev.modelsense.jinja;

/** A {@code {% docs name %}} block; {@code text} is the raw block content, {@code line} 0-based. */
public record DocsBlock(String packageName, String name, String path, int line, String text) {}

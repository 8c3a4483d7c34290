package dev.modelsense.jinja;

/** The arguments of one {@code ref(...)} call: {@code ref('m')}, {@code ref('pkg', 'm')}, {@code ref('m', v=2)}. */
public record RefArgs(String packageName, String name, Object version) {}

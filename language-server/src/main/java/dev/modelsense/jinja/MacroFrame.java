package dev.modelsense.jinja;

/** One macro call on the stack of a render error; {@code line} is 0-based in {@code file}. */
public record MacroFrame(String macroName, String file, int line) {}

package dev.modelsense.jinja;

/** What kind of block defined a macro. */
public enum MacroKind { MACRO, MATERIALIZATION, TEST }

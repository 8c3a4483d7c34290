package dev.modelsense.conventions;

/** How models, sources and seeds must be named (templates per folder or materialization). */
public record NamingConventions() {

    public static NamingConventions defaults() {
        return new NamingConventions();
    }
}

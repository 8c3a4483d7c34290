package dev.modelsense.sandbox;

/** Hears what a run is doing, for a progress bar or the CLI; messages never contain credentials. */
@FunctionalInterface
public interface ProgressListener {

    void report(String message);

    ProgressListener SILENT = message -> { };
}

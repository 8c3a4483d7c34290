package dev.modelsense.sandbox;

import java.util.List;
import java.util.Optional;

/** The answer to a sandbox run. */
public sealed interface RunResult {

    /**
     * The run went through its models (some may have failed: see {@code outcomes}). {@code preview} holds the first
     * rows of the last model built; {@code timings} how long compiling, planning and the warehouse took.
     */
    record Finished(SandboxName sandbox, List<Resolution> resolutions, List<ModelOutcome> outcomes,
                    Optional<Preview> preview, Timings timings) implements RunResult {

        public boolean succeeded() {
            return outcomes.stream().noneMatch(o -> o instanceof ModelOutcome.Failed);
        }
    }

    /** Nothing was built: the request, the naming, the connection or the compile failed first. */
    record Aborted(SandboxName sandbox, SandboxError error) implements RunResult {
    }

    /** Nanoseconds spent compiling (both targets), planning (catalog + resolution), building and previewing. */
    record Timings(long compileNanos, long planNanos, long buildNanos, long previewNanos) {
    }
}

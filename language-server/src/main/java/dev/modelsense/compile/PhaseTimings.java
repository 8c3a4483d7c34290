package dev.modelsense.compile;

/** Wall time of each phase of one compile, in nanoseconds: what a benchmark reports as shares. */
public record PhaseTimings(long loadNanos, long macroNanos, long parseNanos, long namingNanos, long graphNanos,
                           long compileNanos) {

    public long totalNanos() {
        return loadNanos + macroNanos + parseNanos + namingNanos + graphNanos + compileNanos;
    }

    /** Time spent rendering Jinja: macros, parse and compile renders, and naming macros. */
    public long jinjaNanos() {
        return macroNanos + parseNanos + namingNanos + compileNanos;
    }
}

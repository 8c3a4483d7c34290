package dev.modelsense.jinja;

import java.time.Duration;

/** Budgets that keep a pathological template from hanging or exhausting the server. */
public record RenderLimits(int maxMacroDepth, Duration timeout, long maxOutputChars) {
    public static RenderLimits defaults() {
        return new RenderLimits(200, Duration.ofSeconds(10), 20_000_000L);
    }
}

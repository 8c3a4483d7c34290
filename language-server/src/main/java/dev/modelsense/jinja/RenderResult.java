package dev.modelsense.jinja;

import java.util.List;

/** The outcome of one render: the text, or the first error; warnings either way. */
public sealed interface RenderResult {
    List<JinjaProblem> warnings();

    record Rendered(String text, List<JinjaProblem> warnings) implements RenderResult {}

    record Failed(JinjaProblem error, List<JinjaProblem> warnings) implements RenderResult {}
}

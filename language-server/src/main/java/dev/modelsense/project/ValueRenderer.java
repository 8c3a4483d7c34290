package dev.modelsense.project;

import java.util.List;

/**
 * Renders a YAML string value that contains Jinja ({@code '{{ env_var("X") }}'}) the way dbt renders
 * project, profile and property files. Supplied by the caller so that {@code project} never renders Jinja.
 */
@FunctionalInterface
public interface ValueRenderer {

    /**
     * @param template the raw string value (it contains {@code {{} or {@code {%})
     * @param keyPath  where the value sits in its file, e.g. {@code [models, my_project, +schema]}
     * @param scope    which file is rendered, and the target once the profile is known
     * @return the rendered value, turned back into a native value (bool, number, list, dict, None)
     *         where the rendered text reads as a Python literal, as dbt does
     */
    Object render(String template, List<String> keyPath, RenderScope scope);

    /** Leaves every value as written. */
    ValueRenderer VERBATIM = (template, keyPath, scope) -> template;

    /** What is being rendered: the kind of file, its package, and the target when already loaded (else null). */
    record RenderScope(FileKind kind, String packageName, TargetProfile target) {}

    enum FileKind { PROJECT, PROFILES, PACKAGES, PROPERTIES }
}

package dev.modelsense.project;

import java.util.List;

/**
 * Renders a YAML string value that contains Jinja ({@code '{{ env_var("X") }}'}) the way dbt renders
 * project and property files. Supplied by the caller so that {@code project} never renders Jinja itself.
 */
@FunctionalInterface
public interface ValueRenderer {

    /**
     * @param template the raw string value (contains {@code {{} or {@code {%})
     * @param keyPath  where the value sits in its file, e.g. {@code [models, my_project, +schema]}
     * @return the rendered value; dbt turns rendered text back into a native value (bool, number, list)
     *         where it parses as one
     */
    Object render(String template, List<String> keyPath);

    /** Leaves every value as written. */
    ValueRenderer VERBATIM = (template, keyPath) -> template;
}

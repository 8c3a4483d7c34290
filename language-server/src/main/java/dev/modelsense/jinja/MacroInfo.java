package dev.modelsense.jinja;

import java.util.List;

/**
 * A macro as written: {@code name} is the callable name (dbt's mangled name for materializations,
 * {@code materialization_<name>_<adapter>}, and tests, {@code test_<name>}); {@code line} is 0-based;
 * {@code parameters} are as written, with defaults; {@code body} is the whole block text.
 */
public record MacroInfo(String packageName, String name, MacroKind kind, String path, int line,
                        List<String> parameters, String signature, String body) {
    public MacroInfo {
        parameters = List.copyOf(parameters);
    }
}

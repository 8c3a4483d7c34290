package dev.modelsense.jinja;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Per-project render inputs shared by every render of that project (immutable, thread-safe).
 * {@code dispatchSearchOrder} is the project's {@code dispatch:} config: macro namespace to packages searched;
 * {@code missingPackages} the listed packages that are not installed (expected project name to package identity).
 */
public record ProjectScope(String rootPackage, AdapterDialect dialect, Map<String, List<String>> dispatchSearchOrder,
                           MacroRegistry macros, String invocationId, ZonedDateTime runStartedAt,
                           Map<String, Object> flags, Map<String, String> missingPackages) {
    public ProjectScope {
        dispatchSearchOrder = Map.copyOf(dispatchSearchOrder);
        flags = Map.copyOf(flags);
        missingPackages = Map.copyOf(missingPackages);
    }

    /** A scope whose listed packages are all installed. */
    public ProjectScope(String rootPackage, AdapterDialect dialect, Map<String, List<String>> dispatchSearchOrder,
                        MacroRegistry macros, String invocationId, ZonedDateTime runStartedAt,
                        Map<String, Object> flags) {
        this(rootPackage, dialect, dispatchSearchOrder, macros, invocationId, runStartedAt, flags, Map.of());
    }
}

package dev.modelsense.compile;

import dev.modelsense.jinja.RefArgs;

/** dbt's wording for refs and sources that do not resolve, plus a did-you-mean. */
final class RefMessages {

    private RefMessages() {
    }

    static String unresolvedRef(NodeSpec spec, RefArgs ref, Lookup<?> lookup) {
        String target = (ref.packageName() == null ? "" : ref.packageName() + ".") + ref.name()
                + (ref.version() == null ? "" : " (version " + ref.version() + ")");
        String subject = describe(spec);
        if (lookup instanceof Lookup.Disabled<?> disabled) {
            return subject + " depends on a node named '" + target + "' which is disabled (" + disabled.uniqueId()
                    + ")";
        }
        String suggestion = lookup instanceof Lookup.Missing<?> missing && missing.suggestion() != null
                ? " Did you mean '" + missing.suggestion() + "'?" : "";
        return subject + " depends on a node named '" + target + "' which was not found." + suggestion;
    }

    static String unresolvedSource(NodeSpec spec, String sourceName, String tableName, Lookup<?> lookup) {
        String subject = describe(spec);
        if (lookup instanceof Lookup.Disabled<?>) {
            return subject + " depends on a source named '" + sourceName + "." + tableName + "' which is disabled";
        }
        String suggestion = lookup instanceof Lookup.Missing<?> missing && missing.suggestion() != null
                ? " Did you mean '" + missing.suggestion() + "'?" : "";
        return subject + " depends on a source named '" + sourceName + "." + tableName + "' which was not found."
                + suggestion;
    }

    private static String describe(NodeSpec spec) {
        String kind = spec.resourceType();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + spec.uniqueId() + "' ("
                + spec.file().originalFilePath() + ")";
    }
}

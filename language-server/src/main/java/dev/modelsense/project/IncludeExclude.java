package dev.modelsense.project;

import java.util.List;
import java.util.Set;

/** dbt's {@code IncludeExclude} for model version columns: include {@code all}/{@code *} or a list, minus exclude. */
record IncludeExclude(boolean includeAll, List<String> include, List<String> exclude) {

    static final IncludeExclude ALL = new IncludeExclude(true, List.of(), List.of());
    private static final Set<String> INCLUDE_ALL = Set.of("all", "*");

    boolean includes(String name) {
        return (includeAll || include.contains(name)) && !exclude.contains(name);
    }

    static IncludeExclude read(YamlEntry item, Problems problems) {
        Object include = item.raw("include");
        List<String> exclude = item.stringList("exclude");
        if (include == null || include instanceof String text && INCLUDE_ALL.contains(text)) {
            return new IncludeExclude(true, List.of(), exclude);
        }
        if (include instanceof String text) {
            problems.error("yaml-schema", "include must be one of 'all', '*' or a list of column names, got '" + text + "'",
                    item.location("include"));
            return ALL;
        }
        List<String> included = item.stringList("include");
        if (!exclude.isEmpty()) {
            problems.error("yaml-schema", "exclude can only be specified if include is one of 'all' or '*'",
                    item.location("exclude"));
        }
        return new IncludeExclude(false, included, List.of());
    }
}

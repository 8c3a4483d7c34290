package dev.modelsense.graph;

import java.util.List;

/** dbt node selection syntax: {@code --select} / {@code --exclude} values as dbt's CLI takes them. */
public final class Selector {
    private Selector() {
    }

    /**
     * Parses selection with dbt's default indirect selection ({@link IndirectSelection#EAGER}).
     *
     * @param select  {@code --select} values; null or empty selects every enabled node, as dbt does without
     *                {@code --select}
     * @param exclude {@code --exclude} values; null or empty excludes nothing
     * @throws SelectorSyntaxException for a value dbt would reject, or a method that needs run artifacts
     */
    public static Selection parse(List<String> select, List<String> exclude) {
        return parse(select, exclude, IndirectSelection.EAGER);
    }

    /** As {@link #parse(List, List)}, with dbt's {@code --indirect-selection} mode for the selected side. */
    public static Selection parse(List<String> select, List<String> exclude, IndirectSelection indirectSelection) {
        boolean byDefault = select == null || select.isEmpty();
        SelectionSpec.Group included = byDefault ? null : SelectorParser.parseUnion(select, indirectSelection);
        // dbt always expands exclusions eagerly: excluding a model excludes its tests
        SelectionSpec.Group excluded = SelectorParser.parseUnion(exclude == null ? List.of() : exclude,
                IndirectSelection.EAGER);
        return new Selection(included, excluded, indirectSelection);
    }
}

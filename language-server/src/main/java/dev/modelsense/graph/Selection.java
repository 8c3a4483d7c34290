package dev.modelsense.graph;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** A parsed {@code --select}/{@code --exclude} pair, applicable to any graph. Immutable. */
public final class Selection {
    private final SelectionSpec.Group included; // null: dbt's default, every graph member
    private final SelectionSpec.Group excluded;
    private final IndirectSelection indirectSelection;

    Selection(SelectionSpec.Group included, SelectionSpec.Group excluded, IndirectSelection indirectSelection) {
        this.included = included;
        this.excluded = excluded;
        this.indirectSelection = indirectSelection;
    }

    /** The selected unique ids, sorted. Disabled nodes are never selected. */
    public Set<String> apply(ModelGraph graph) {
        SelectionEvaluator evaluator = new SelectionEvaluator(graph);
        Set<String> selected = included == null
                ? evaluator.members()
                : new HashSet<>(evaluator.evaluate(included, indirectSelection).direct());
        if (!excluded.components().isEmpty()) {
            selected.removeAll(evaluator.evaluate(excluded, IndirectSelection.EAGER).direct());
        }
        return Collections.unmodifiableSet(new TreeSet<>(selected));
    }

    /** True when nothing was given to select or exclude: every enabled node is selected. */
    public boolean selectsAll() {
        return included == null && excluded.components().isEmpty();
    }
}

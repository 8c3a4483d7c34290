package dev.modelsense.graph;

import java.util.List;

/** A parsed selection: one criterion or a set operation over others (dbt's {@code SelectionSpec}). */
sealed interface SelectionSpec permits SelectionSpec.Criterion, SelectionSpec.Group {

    /**
     * One selector such as {@code 2+tag:nightly+}: the method's node test plus its graph operators.
     * A depth of {@link Traversal#UNLIMITED} means no cutoff.
     */
    record Criterion(String raw, NodeMatcher matcher, boolean childrensParents, boolean parents,
                     int parentsDepth, boolean children, int childrenDepth) implements SelectionSpec {
    }

    enum Operation { UNION, INTERSECTION, DIFFERENCE }

    record Group(Operation operation, List<SelectionSpec> components, IndirectSelection indirectSelection)
            implements SelectionSpec {
        public Group {
            components = List.copyOf(components);
        }
    }
}

package dev.modelsense.conventions;

import dev.modelsense.project.ColumnProperties;
import dev.modelsense.sql.InferredType;
import dev.modelsense.sql.OutputColumn;
import dev.modelsense.sql.ValueType;

/**
 * An output column of a model with what is known of its type: {@code inferred} from the SQL (and the types of the
 * upstream columns it passes through), {@code declared} from the model's own YAML {@code data_type} (null when none
 * or unrecognised). {@code yaml} is the column's YAML entry, null when undocumented.
 */
public record TypedColumn(OutputColumn column, InferredType inferred, ColumnProperties yaml, ValueType declared) {

    public String name() {
        return column.name();
    }

    /** The best-known type: the SQL's evidence first, else the YAML declaration; null when neither tells. */
    public ValueType type() {
        return inferred.known() ? inferred.type() : declared;
    }

    /** Why {@link #type()} is what it is, in a few words. */
    public String evidence() {
        if (inferred.known()) {
            return inferred.evidence();
        }
        return declared == null ? "no type evidence" : "data_type " + yaml.dataType() + " in YAML";
    }
}

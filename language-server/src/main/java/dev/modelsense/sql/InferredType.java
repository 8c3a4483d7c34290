package dev.modelsense.sql;

import java.util.Optional;

/**
 * The type of one output column as far as static analysis tells. {@code type} is null when unknown; {@code evidence}
 * says why in a few words (e.g. {@code sum(...) of IND_ACTIVE}, {@code cast(... as date)}). {@code aggregate} is the
 * aggregate function that produced the value in this model (null when none), {@code aggregated} what it aggregated
 * as written; {@code zeroOne} marks values that are 0 or 1 by construction ({@code case when ... then 1 else 0 end}).
 */
public record InferredType(ValueType type, String evidence, String aggregate, String aggregated, boolean zeroOne) {

    public static final InferredType UNKNOWN = new InferredType(null, "no type evidence", null, null, false);

    public static InferredType of(ValueType type, String evidence) {
        return new InferredType(type, evidence, null, null, false);
    }

    public boolean known() {
        return type != null;
    }

    public Optional<ValueType> valueType() {
        return Optional.ofNullable(type);
    }

    InferredType withAggregate(String function, String argument) {
        return new InferredType(type, evidence, function, argument, false);
    }
}

package dev.modelsense.sql;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the SQL of one output column says about its type, before upstream relations are consulted: a type the
 * expression fixes by itself (a cast, a literal, {@code count(*)}), the type of an upstream column it passes through,
 * or a combination of those. Kept symbolic so that an analysis cached by SQL text stays valid when an upstream model's
 * types change; {@link TypeResolution} turns it into an {@link InferredType}.
 */
public sealed interface TypeEvidence {

    Unknown UNKNOWN = new Unknown();

    /** The same evidence with every upstream relation name rewritten (to undo the parser's keyword shield). */
    TypeEvidence withRelations(UnaryOperator<String> rename);

    /** A type the expression itself decides, e.g. {@code cast(... as date)}; {@code zeroOne} for 0/1 flag values. */
    record Known(ValueType type, String reason, boolean zeroOne) implements TypeEvidence {
        public Known(ValueType type, String reason) {
            this(type, reason, false);
        }

        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return this;
        }
    }

    /** The value of an upstream relation's column, passed through (possibly renamed). */
    record Upstream(String relation, String column) implements TypeEvidence {
        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return new Upstream(rename.apply(relation), column);
        }
    }

    /**
     * An aggregate: {@code function} lower-case, what it aggregates as written ({@code argumentText}, e.g.
     * {@code IND_ACTIVE}) and its evidence; {@code fixed} is the result type when the function decides it alone
     * ({@code count} is an integer, {@code avg} a decimal or float per warehouse), null when it follows the argument.
     */
    record Aggregate(String function, TypeEvidence argument, String argumentText, ValueType fixed)
            implements TypeEvidence {
        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return new Aggregate(function, argument.withRelations(rename), argumentText, fixed);
        }
    }

    /** The type of the first option whose type is known: {@code coalesce}, the branches of a {@code case}, union
     *  branches, functions that return their argument's type. */
    record FirstKnown(List<TypeEvidence> options, String reason) implements TypeEvidence {
        public FirstKnown {
            options = List.copyOf(options);
        }

        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return new FirstKnown(options.stream().map(option -> option.withRelations(rename)).toList(), reason);
        }
    }

    /** Arithmetic on two values: numeric when both are; {@code integerQuotient} is the warehouse's type of an
     *  integer divided by an integer (an integer in Postgres, a number in Snowflake, a double in DuckDB). */
    record Arithmetic(String operator, TypeEvidence left, TypeEvidence right, ValueType integerQuotient)
            implements TypeEvidence {
        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return new Arithmetic(operator, left.withRelations(rename), right.withRelations(rename), integerQuotient);
        }
    }

    /** Nothing in the SQL tells the type. */
    record Unknown() implements TypeEvidence {
        public TypeEvidence withRelations(UnaryOperator<String> rename) {
            return this;
        }
    }
}

package dev.modelsense.sql;

import java.util.Optional;

/** Turns an output column's {@link TypeEvidence} into an {@link InferredType}, asking {@link UpstreamTypes} for the
 *  columns it passes through. */
public final class TypeResolution {

    private TypeResolution() {
    }

    public static InferredType resolve(TypeEvidence evidence, UpstreamTypes upstream) {
        if (evidence instanceof TypeEvidence.Known known) {
            return new InferredType(known.type(), known.reason(), null, null, known.zeroOne());
        }
        if (evidence instanceof TypeEvidence.Upstream passed) {
            Optional<InferredType> found = upstream.typeOf(passed.relation(), passed.column());
            // the upstream's aggregation happened there; here the value only passes through
            return found.filter(InferredType::known)
                    .map(type -> new InferredType(type.type(), type.evidence(), null, null, type.zeroOne()))
                    .orElse(InferredType.UNKNOWN);
        }
        if (evidence instanceof TypeEvidence.Aggregate aggregate) {
            return aggregate(aggregate, upstream);
        }
        if (evidence instanceof TypeEvidence.FirstKnown first) {
            for (TypeEvidence option : first.options()) {
                InferredType type = resolve(option, upstream);
                if (type.known()) {
                    return type;
                }
            }
            return InferredType.UNKNOWN;
        }
        if (evidence instanceof TypeEvidence.Arithmetic arithmetic) {
            return arithmetic(arithmetic, upstream);
        }
        return InferredType.UNKNOWN;
    }

    private static InferredType aggregate(TypeEvidence.Aggregate aggregate, UpstreamTypes upstream) {
        String of = aggregate.argumentText().isEmpty() ? "" : " of " + aggregate.argumentText();
        String evidence = aggregate.function() + "(...)" + of;
        if (aggregate.fixed() != null) {
            return new InferredType(aggregate.fixed(), evidence, aggregate.function(), aggregate.argumentText(),
                    false);
        }
        InferredType argument = resolve(aggregate.argument(), upstream);
        ValueType type = argument.type();
        boolean sum = aggregate.function().equals("sum") || aggregate.function().equals("fsum")
                || aggregate.function().equals("sumif");
        if (sum && type != null) {
            // a sum of booleans or flags counts them; a sum of anything non-numeric is not a number we can name
            type = type == ValueType.BOOLEAN || type == ValueType.INTEGER ? ValueType.INTEGER
                    : type.isNumeric() ? type : null;
        }
        boolean zeroOne = !sum && argument.zeroOne();
        return new InferredType(type, evidence, aggregate.function(), aggregate.argumentText(), zeroOne);
    }

    private static InferredType arithmetic(TypeEvidence.Arithmetic arithmetic, UpstreamTypes upstream) {
        InferredType left = resolve(arithmetic.left(), upstream);
        InferredType right = resolve(arithmetic.right(), upstream);
        if (!left.known() || !right.known()) {
            return InferredType.UNKNOWN;
        }
        ValueType a = left.type();
        ValueType b = right.type();
        String evidence = "arithmetic (" + arithmetic.operator() + ")";
        if (a.isNumeric() && b.isNumeric()) {
            ValueType type;
            if (a == ValueType.FLOAT || b == ValueType.FLOAT) {
                type = ValueType.FLOAT;
            } else if (arithmetic.operator().equals("/")) {
                type = a == ValueType.INTEGER && b == ValueType.INTEGER ? arithmetic.integerQuotient()
                        : arithmetic.integerQuotient() == ValueType.FLOAT ? ValueType.FLOAT : ValueType.DECIMAL;
            } else {
                type = a == ValueType.DECIMAL || b == ValueType.DECIMAL ? ValueType.DECIMAL : ValueType.INTEGER;
            }
            return InferredType.of(type, evidence);
        }
        boolean plusMinus = arithmetic.operator().equals("+") || arithmetic.operator().equals("-");
        if (plusMinus && (a == ValueType.DATE || a == ValueType.TIMESTAMP) && b == ValueType.INTEGER) {
            return InferredType.of(a, "a date shifted by days");
        }
        if (arithmetic.operator().equals("-") && a == b && (a == ValueType.DATE)) {
            return InferredType.of(ValueType.INTEGER, "a difference of dates");
        }
        return InferredType.UNKNOWN;
    }
}

package dev.modelsense.sql;

import java.util.List;

/**
 * A column the statement produces. {@code name} is as written (quotes removed, {@code quoted} set when it was quoted);
 * {@code offset} and {@code length} cover the select item that produces it, which for an expanded {@code *} is the star.
 * {@code origins} are the upstream relation columns it derives from (empty when none can be told, e.g. a literal);
 * {@code type} is what its SQL says about its type ({@link TypeResolution} resolves it against upstream types).
 */
public record OutputColumn(String name, boolean quoted, int offset, int length, List<ColumnOrigin> origins,
                           TypeEvidence type) {

    public OutputColumn {
        origins = origins == null ? List.of() : List.copyOf(origins);
        type = type == null ? TypeEvidence.UNKNOWN : type;
    }

    public OutputColumn(String name, boolean quoted, int offset, int length, List<ColumnOrigin> origins) {
        this(name, quoted, offset, length, origins, TypeEvidence.UNKNOWN);
    }

    public OutputColumn(String name, boolean quoted, int offset, int length) {
        this(name, quoted, offset, length, List.of());
    }

    OutputColumn withOrigins(List<ColumnOrigin> newOrigins) {
        return new OutputColumn(name, quoted, offset, length, newOrigins, type);
    }

    OutputColumn withType(TypeEvidence newType) {
        return new OutputColumn(name, quoted, offset, length, origins, newType);
    }
}

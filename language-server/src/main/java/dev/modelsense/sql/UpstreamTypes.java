package dev.modelsense.sql;

import java.util.Optional;

/**
 * The types of upstream relation columns, by the relation name exactly as it appears in the SQL; empty when not known.
 * Answered from the upstream model's own inference, YAML {@code data_type}s or the warehouse's recorded columns.
 */
@FunctionalInterface
public interface UpstreamTypes {

    UpstreamTypes NONE = (relation, column) -> Optional.empty();

    Optional<InferredType> typeOf(String relationName, String column);
}

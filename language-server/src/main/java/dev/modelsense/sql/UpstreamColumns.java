package dev.modelsense.sql;

import java.util.List;
import java.util.Optional;

/**
 * Columns of an upstream relation, by its rendered relation name exactly as it appears in the SQL
 * (e.g. {@code "db"."s"."t"} or {@code `project`.`dataset`.`table`}); empty when they are not known.
 */
@FunctionalInterface
public interface UpstreamColumns {

    UpstreamColumns NONE = relationName -> Optional.empty();

    Optional<List<String>> columnsOf(String relationName);
}

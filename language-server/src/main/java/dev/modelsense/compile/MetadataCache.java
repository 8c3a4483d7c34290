package dev.modelsense.compile;

import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.QueryResult;

import java.util.List;
import java.util.Optional;

/**
 * Answers to introspective Jinja ({@code run_query}, {@code get_columns_in_relation}) recorded from a warehouse.
 * Compiling never opens a connection: without an answer, Jinja behaves as dbt does when the relation is unknown.
 */
public interface MetadataCache {

    Optional<List<ColumnInfo>> columns(String database, String schema, String identifier);

    Optional<QueryResult> query(String sql);

    MetadataCache EMPTY = new MetadataCache() {
        @Override
        public Optional<List<ColumnInfo>> columns(String database, String schema, String identifier) {
            return Optional.empty();
        }

        @Override
        public Optional<QueryResult> query(String sql) {
            return Optional.empty();
        }
    };
}

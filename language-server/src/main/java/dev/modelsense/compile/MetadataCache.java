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

    /** This cache's answers, then {@code next}'s for what it does not know. */
    default MetadataCache orElse(MetadataCache next) {
        MetadataCache first = this;
        return new MetadataCache() {
            @Override
            public Optional<List<ColumnInfo>> columns(String database, String schema, String identifier) {
                Optional<List<ColumnInfo>> found = first.columns(database, schema, identifier);
                return found.isPresent() ? found : next.columns(database, schema, identifier);
            }

            @Override
            public Optional<QueryResult> query(String sql) {
                Optional<QueryResult> found = first.query(sql);
                return found.isPresent() ? found : next.query(sql);
            }
        };
    }

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

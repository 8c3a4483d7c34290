package dev.modelsense.compile;

import java.util.Optional;

/**
 * Points {@code ref}, {@code source} and {@code this} somewhere other than the target's own relations, as
 * {@code dbt --defer} does: a sandbox run builds selected models into a personal schema and reads the rest from
 * production. An empty answer keeps the relation the target names.
 */
public interface RelationOverrides {

    Optional<RelationAddress> node(ParsedNode node);

    Optional<RelationAddress> source(SourceNode source);

    RelationOverrides NONE = new RelationOverrides() {
        @Override
        public Optional<RelationAddress> node(ParsedNode node) {
            return Optional.empty();
        }

        @Override
        public Optional<RelationAddress> source(SourceNode source) {
            return Optional.empty();
        }
    };
}

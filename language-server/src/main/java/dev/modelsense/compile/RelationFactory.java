package dev.modelsense.compile;

import dev.modelsense.jinja.AdapterDialect;
import dev.modelsense.jinja.QuotePolicy;
import dev.modelsense.jinja.Relation;
import dev.modelsense.jinja.RelationType;

import java.util.Map;

/**
 * Builds relations as dbt's {@code BaseRelation.create_from} does: the adapter's default quote policy, overlaid by the
 * project's {@code quoting:} config, overlaid by the node's (or source's) own {@code quoting}.
 */
final class RelationFactory {

    static final String EPHEMERAL_PREFIX = "__dbt__cte__";

    private final AdapterDialect dialect;
    private final Map<String, Object> projectQuoting;
    private final RelationOverrides overrides;

    RelationFactory(AdapterDialect dialect, Map<String, Object> projectQuoting) {
        this(dialect, projectQuoting, RelationOverrides.NONE);
    }

    RelationFactory(AdapterDialect dialect, Map<String, Object> projectQuoting, RelationOverrides overrides) {
        this.dialect = dialect;
        this.projectQuoting = projectQuoting == null ? Map.of() : projectQuoting;
        this.overrides = overrides == null ? RelationOverrides.NONE : overrides;
    }

    AdapterDialect dialect() {
        return dialect;
    }

    Relation create(String database, String schema, String identifier, Object nodeQuoting) {
        QuotePolicy policy = overlay(overlay(dialect.defaultQuotePolicy(), projectQuoting), nodeQuoting);
        return Relation.create(dialect, database, schema, identifier, null).withQuotePolicy(policy);
    }

    /** The node's relation for ref() and this: the override when one is set, else where the target puts it. */
    Relation forNode(ParsedNode node) {
        RelationAddress address = overrides.node(node)
                .orElse(new RelationAddress(node.database(), node.schema(), node.alias()));
        return create(address.database(), address.schema(), address.identifier(), node.config().get("quoting"));
    }

    Relation forSource(SourceNode source) {
        RelationAddress address = overrides.source(source)
                .orElse(new RelationAddress(source.database(), source.schema(), source.identifier()));
        return create(address.database(), address.schema(), address.identifier(), source.properties().quoting());
    }

    /** dbt's {@code create_ephemeral_from}: a bare, unquoted {@code __dbt__cte__<name>}. */
    Relation ephemeral(String name) {
        return Relation.create(dialect, null, null, EPHEMERAL_PREFIX + name, RelationType.CTE)
                .withQuotePolicy(new QuotePolicy(dialect.defaultQuotePolicy().database(),
                        dialect.defaultQuotePolicy().schema(), false));
    }

    private static QuotePolicy overlay(QuotePolicy base, Object quoting) {
        if (!(quoting instanceof Map<?, ?> map) || map.isEmpty()) {
            return base;
        }
        return new QuotePolicy(flag(map, "database", base.database()), flag(map, "schema", base.schema()),
                flag(map, "identifier", base.identifier()));
    }

    private static boolean flag(Map<?, ?> map, String key, boolean fallback) {
        Object value = map.get(key);
        return value instanceof Boolean b ? b : fallback;
    }
}

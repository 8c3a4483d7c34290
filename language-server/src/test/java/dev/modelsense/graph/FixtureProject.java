package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small two-package project: root package {@code shop} and dependency {@code utils}; sources, a seed, a
 * snapshot, an exposure, a metric and semantic model, an analysis, generic and singular tests, a versioned model,
 * a disabled model, and two loops in {@code utils} (a 2-cycle and a 3-node component holding two cycles).
 */
final class FixtureProject {
    static final String RAW_ORDERS = "source.shop.raw.orders";
    static final String RAW_CUSTOMERS = "source.shop.raw.customers";
    static final String COUNTRY_CODES = "seed.shop.country_codes";
    static final String STG_ORDERS = "model.shop.stg_orders";
    static final String STG_CUSTOMERS = "model.shop.stg_customers";
    static final String STG_PAYMENTS = "model.shop.stg_payments";
    static final String CUSTOMERS_V1 = "model.shop.customers.v1";
    static final String CUSTOMERS_V2 = "model.shop.customers.v2";
    static final String ORDERS = "model.shop.orders";
    static final String OLD_ORDERS = "model.shop.old_orders";
    static final String USES_LOOP = "model.shop.uses_loop";
    static final String SNAPSHOT = "snapshot.shop.orders_snapshot";
    static final String EXPOSURE = "exposure.shop.weekly_dashboard";
    static final String NOT_NULL_TEST = "test.shop.not_null_orders_order_id.a1b2c3";
    static final String SINGULAR_TEST = "test.shop.assert_orders_match_customers";
    static final String SEMANTIC_MODEL = "semantic_model.shop.orders_sm";
    static final String METRIC = "metric.shop.revenue";
    static final String ANALYSIS = "analysis.shop.revenue_report";
    static final String CALENDAR = "model.utils.calendar";
    static final String LOOP_A = "model.utils.loop_a";
    static final String LOOP_B = "model.utils.loop_b";
    static final String TRI_A = "model.utils.tri_a";
    static final String TRI_B = "model.utils.tri_b";
    static final String TRI_C = "model.utils.tri_c";

    private FixtureProject() {
    }

    static List<GraphNode> nodes() {
        List<GraphNode> nodes = new ArrayList<>();
        nodes.add(node(RAW_ORDERS, NodeKind.SOURCE, "shop", "orders", List.of("shop", "staging", "raw", "orders"),
                "models/staging/sources.yml", Set.of("raw"), Map.of()));
        nodes.add(node(RAW_CUSTOMERS, NodeKind.SOURCE, "shop", "customers",
                List.of("shop", "staging", "raw", "customers"), "models/staging/sources.yml", Set.of(), Map.of()));
        nodes.add(node(COUNTRY_CODES, NodeKind.SEED, "shop", "country_codes", List.of("shop", "country_codes"),
                "seeds/country_codes.csv", Set.of(), Map.of("materialized", "seed")));
        nodes.add(node(STG_ORDERS, NodeKind.MODEL, "shop", "stg_orders", List.of("shop", "staging", "stg_orders"),
                "models/staging/stg_orders.sql", Set.of("staging", "daily"),
                Map.of("materialized", "view", "tags", List.of("staging", "daily"))));
        nodes.add(node(STG_CUSTOMERS, NodeKind.MODEL, "shop", "stg_customers",
                List.of("shop", "staging", "stg_customers"), "models/staging/stg_customers.sql",
                Set.of("staging"), Map.of("materialized", "view")));
        nodes.add(node(STG_PAYMENTS, NodeKind.MODEL, "shop", "stg_payments", List.of("shop", "stg_payments"),
                "models/stg_payments.sql", Set.of(), Map.of("materialized", "view")));
        nodes.add(versioned(CUSTOMERS_V1, "customers", 1, "models/marts/customers_v1.sql"));
        nodes.add(versioned(CUSTOMERS_V2, "customers", 2, "models/marts/customers_v2.sql"));
        Map<String, Object> ordersConfig = new LinkedHashMap<>();
        ordersConfig.put("materialized", "incremental");
        ordersConfig.put("meta", Map.of("owner", "alice", "pii", true));
        ordersConfig.put("group", "finance");
        ordersConfig.put("access", "private");
        ordersConfig.put("contract", Map.of("enforced", true));
        ordersConfig.put("persist_docs", Map.of("relation", false));
        ordersConfig.put("schema", null);
        ordersConfig.put("tags", List.of("finance"));
        nodes.add(node(ORDERS, NodeKind.MODEL, "shop", "orders", List.of("shop", "marts", "orders"),
                "models/marts/orders.sql", Set.of("finance"), ordersConfig));
        nodes.add(new GraphNode(OLD_ORDERS, NodeKind.MODEL, "shop", "old_orders",
                List.of("shop", "marts", "old_orders"), "models/marts/old_orders.sql", Set.of("finance"),
                Map.of("enabled", false, "materialized", "view"), null, false));
        nodes.add(node(USES_LOOP, NodeKind.MODEL, "shop", "uses_loop", List.of("shop", "marts", "uses_loop"),
                "models/marts/uses_loop.sql", Set.of(), Map.of()));
        nodes.add(node(SNAPSHOT, NodeKind.SNAPSHOT, "shop", "orders_snapshot",
                List.of("shop", "orders_snapshot", "orders_snapshot"), "snapshots/orders_snapshot.sql", Set.of(),
                Map.of("materialized", "snapshot")));
        nodes.add(node(EXPOSURE, NodeKind.EXPOSURE, "shop", "weekly_dashboard",
                List.of("shop", "marts", "weekly_dashboard"), "models/marts/exposures.yml", Set.of("finance"),
                Map.of("enabled", true)));
        nodes.add(node(NOT_NULL_TEST, NodeKind.TEST, "shop", "not_null_orders_order_id",
                List.of("shop", "marts", "not_null_orders_order_id"), "models/marts/schema.yml", Set.of(),
                Map.of("severity", "ERROR")));
        nodes.add(node(SINGULAR_TEST, NodeKind.TEST, "shop", "assert_orders_match_customers",
                List.of("shop", "assert_orders_match_customers"), "tests/assert_orders_match_customers.sql",
                Set.of(), Map.of("severity", "warn")));
        nodes.add(node(SEMANTIC_MODEL, NodeKind.SEMANTIC_MODEL, "shop", "orders_sm",
                List.of("shop", "marts", "orders_sm"), "models/marts/semantic.yml", Set.of(), Map.of()));
        nodes.add(node(METRIC, NodeKind.METRIC, "shop", "revenue", List.of("shop", "marts", "revenue"),
                "models/marts/semantic.yml", Set.of(), Map.of("group", "finance")));
        nodes.add(node(ANALYSIS, NodeKind.ANALYSIS, "shop", "revenue_report",
                List.of("shop", "analysis", "revenue_report"), "analyses/revenue_report.sql", Set.of(), Map.of()));
        nodes.add(node(CALENDAR, NodeKind.MODEL, "utils", "calendar", List.of("utils", "calendar"),
                "models/calendar.sql", Set.of("util"), Map.of("materialized", "table")));
        for (String loopModel : List.of("loop_a", "loop_b", "tri_a", "tri_b", "tri_c")) {
            nodes.add(node("model.utils." + loopModel, NodeKind.MODEL, "utils", loopModel,
                    List.of("utils", "loops", loopModel), "models/loops/" + loopModel + ".sql", Set.of(), Map.of()));
        }
        return nodes;
    }

    static List<Map.Entry<String, String>> edges() {
        return List.of(
                Map.entry(RAW_ORDERS, STG_ORDERS),
                Map.entry(RAW_ORDERS, STG_PAYMENTS),
                Map.entry(RAW_CUSTOMERS, STG_CUSTOMERS),
                Map.entry(COUNTRY_CODES, STG_CUSTOMERS),
                Map.entry(STG_ORDERS, ORDERS),
                Map.entry(CALENDAR, ORDERS),
                Map.entry(STG_CUSTOMERS, CUSTOMERS_V1),
                Map.entry(STG_CUSTOMERS, CUSTOMERS_V2),
                Map.entry(ORDERS, CUSTOMERS_V2),
                Map.entry(STG_ORDERS, OLD_ORDERS),
                Map.entry(OLD_ORDERS, USES_LOOP),
                Map.entry(LOOP_B, USES_LOOP),
                Map.entry(STG_ORDERS, SNAPSHOT),
                Map.entry(ORDERS, EXPOSURE),
                Map.entry(CUSTOMERS_V2, EXPOSURE),
                Map.entry(ORDERS, NOT_NULL_TEST),
                Map.entry(ORDERS, SINGULAR_TEST),
                Map.entry(CUSTOMERS_V2, SINGULAR_TEST),
                Map.entry(ORDERS, SEMANTIC_MODEL),
                Map.entry(SEMANTIC_MODEL, METRIC),
                Map.entry(ORDERS, ANALYSIS),
                Map.entry(LOOP_A, LOOP_B),
                Map.entry(LOOP_B, LOOP_A),
                Map.entry(TRI_A, TRI_B),
                Map.entry(TRI_B, TRI_C),
                Map.entry(TRI_C, TRI_A),
                Map.entry(TRI_C, TRI_B));
    }

    static ModelGraph graph() {
        return ModelGraph.build(nodes(), edges());
    }

    /** Every node id except the disabled model. */
    static Set<String> enabledIds() {
        Set<String> ids = new java.util.TreeSet<>();
        for (GraphNode node : nodes()) {
            if (node.enabled()) {
                ids.add(node.uniqueId());
            }
        }
        return ids;
    }

    static GraphNode node(String id, NodeKind kind, String pkg, String name, List<String> fqn, String path,
                         Set<String> tags, Map<String, Object> config) {
        return new GraphNode(id, kind, pkg, name, fqn, path, tags, config, null, true);
    }

    private static GraphNode versioned(String id, String name, int version, String path) {
        return new GraphNode(id, NodeKind.MODEL, "shop", name, List.of("shop", "marts", name, "v" + version), path,
                Set.of(), Map.of("materialized", "table", "access", "public"), version, true);
    }
}

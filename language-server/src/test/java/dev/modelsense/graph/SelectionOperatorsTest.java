package dev.modelsense.graph;

import static dev.modelsense.graph.FixtureProject.*;
import static dev.modelsense.graph.SelectionTestSupport.GRAPH;
import static dev.modelsense.graph.SelectionTestSupport.ids;
import static dev.modelsense.graph.SelectionTestSupport.matched;
import static dev.modelsense.graph.SelectionTestSupport.select;
import static dev.modelsense.graph.SelectionTestSupport.selectExcluding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Graph operators, set operators, exclusion, defaults and indirect test selection (selector.py, cli.py). */
class SelectionOperatorsTest {

    @Test
    void plusBeforeSelectsAllAncestors() {
        assertEquals(ids(ORDERS, STG_ORDERS, CALENDAR, RAW_ORDERS), matched("+orders"));
    }

    @Test
    void depthBeforePlusLimitsAncestors() {
        assertEquals(ids(ORDERS, STG_ORDERS, CALENDAR), matched("1+orders"));
        assertEquals(ids(CUSTOMERS_V2, ORDERS, STG_CUSTOMERS, STG_ORDERS, CALENDAR, RAW_CUSTOMERS, COUNTRY_CODES),
                matched("2+customers.v2"));
        assertEquals(ids(ORDERS), matched("0+orders"));
    }

    @Test
    void plusAfterSelectsDescendantsWithOptionalDepth() {
        assertEquals(ids(ORDERS, CUSTOMERS_V2, EXPOSURE, NOT_NULL_TEST, SINGULAR_TEST, SEMANTIC_MODEL, METRIC,
                ANALYSIS), matched("orders+"));
        assertEquals(ids(ORDERS, CUSTOMERS_V2, EXPOSURE, NOT_NULL_TEST, SINGULAR_TEST, SEMANTIC_MODEL, ANALYSIS),
                matched("orders+1"));
    }

    @Test
    void plusOnBothSides() {
        assertEquals(ids(RAW_CUSTOMERS, COUNTRY_CODES, STG_CUSTOMERS, CUSTOMERS_V1, CUSTOMERS_V2, EXPOSURE,
                SINGULAR_TEST), matched("+stg_customers+"));
        assertEquals(ids(STG_CUSTOMERS, RAW_CUSTOMERS, COUNTRY_CODES, CUSTOMERS_V1, CUSTOMERS_V2),
                matched("1+stg_customers+1"));
    }

    @Test
    void atSelectsDescendantsAndTheirAncestors() {
        assertEquals(ids(STG_CUSTOMERS, CUSTOMERS_V1, CUSTOMERS_V2, EXPOSURE, SINGULAR_TEST, RAW_CUSTOMERS,
                COUNTRY_CODES, ORDERS, STG_ORDERS, CALENDAR, RAW_ORDERS), matched("@stg_customers"));
    }

    @Test
    void operatorsApplyToAnyMethod() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, RAW_ORDERS, RAW_CUSTOMERS, COUNTRY_CODES),
                matched("+tag:staging"));
        assertEquals(ids(EXPOSURE, ORDERS, CUSTOMERS_V2), matched("1+exposure:weekly_dashboard"));
        assertEquals(ids(RAW_CUSTOMERS, STG_CUSTOMERS), matched("source:raw.customers+1"));
    }

    @Test
    void graphOperatorsNeverWalkThroughDisabledNodes() {
        // uses_loop hangs below stg_orders only through the disabled old_orders
        Set<String> below = matched("stg_orders+");
        assertFalse(below.contains(OLD_ORDERS));
        assertFalse(below.contains(USES_LOOP));
        assertTrue(below.containsAll(Set.of(STG_ORDERS, ORDERS, SNAPSHOT, METRIC, EXPOSURE)));
        assertEquals(ids(USES_LOOP, LOOP_A, LOOP_B), matched("+uses_loop"));
    }

    @Test
    void selectingAroundLoopsTerminates() {
        assertEquals(ids(LOOP_A, LOOP_B, USES_LOOP), matched("+loop_a+"));
        assertEquals(ids(TRI_A, TRI_B, TRI_C), matched("@tri_b"));
        assertEquals(ids(TRI_A, TRI_B, TRI_C), matched("2+tri_a+2"));
    }

    @Test
    void atAndTrailingPlusAreIncompatible() {
        SelectorSyntaxException error = assertThrows(SelectorSyntaxException.class, () -> matched("@orders+"));
        assertTrue(error.getMessage().contains("are incompatible"), error.getMessage());
    }

    @Test
    void spacesUnionAndCommasIntersect() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("stg_orders stg_customers"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("stg_orders", "stg_customers"));
        assertEquals(ids(STG_ORDERS), matched("+orders,tag:staging"));
        assertEquals(ids(RAW_ORDERS, RAW_CUSTOMERS), matched("models/staging,resource_type:source"));
        assertEquals(ids(STG_ORDERS, CALENDAR), matched("tag:staging,stg_orders calendar"));
        assertEquals(ids(STG_ORDERS), matched("tag:staging,tag:daily,config.materialized:view"));
        assertEquals(ids(), matched("tag:staging,tag:finance"));
    }

    @Test
    void anEmptySelectorPartMatchesNothing() {
        assertEquals(ids(), matched(""));
        assertEquals(ids(STG_ORDERS, CALENDAR), matched("stg_orders  calendar"));
        assertEquals(ids(), matched("stg_orders,"));
    }

    @Test
    void noSelectSelectsEveryEnabledNode() {
        assertEquals(FixtureProject.enabledIds(), Selector.parse(null, null).apply(GRAPH));
        assertEquals(FixtureProject.enabledIds(), Selector.parse(List.of(), List.of()).apply(GRAPH));
        assertTrue(Selector.parse(null, null).selectsAll());
        assertTrue(Selector.parse(List.of(), List.of()).selectsAll());
        assertFalse(Selector.parse(List.of("orders"), null).selectsAll());
        assertFalse(Selector.parse(null, List.of("orders")).selectsAll());
    }

    @Test
    void disabledNodesAreNeverSelected() {
        assertEquals(ids(), select("old_orders"));
        assertEquals(ids(), select("path:models/marts/old_orders.sql"));
        assertFalse(select("tag:finance").contains(OLD_ORDERS));
        assertFalse(Selector.parse(null, null).apply(GRAPH).contains(OLD_ORDERS));
    }

    @Test
    void excludeRemovesWithTheSameSyntax() {
        assertEquals(ids(ORDERS, CALENDAR, RAW_ORDERS, NOT_NULL_TEST, SINGULAR_TEST),
                selectExcluding(List.of("+orders"), "stg_orders"));
        assertEquals(ids(STG_CUSTOMERS), selectExcluding(List.of("tag:staging"), "tag:staging,stg_orders"));
        assertEquals(ids(ORDERS, CALENDAR, NOT_NULL_TEST, SINGULAR_TEST),
                selectExcluding(List.of("+orders"), "stg_orders", "source:*"));
    }

    @Test
    void excludingAModelExcludesItsTests() {
        assertEquals(ids(EXPOSURE), selectExcluding(List.of("tag:finance"), "orders"));
    }

    @Test
    void excludeAloneStartsFromEverything() {
        Set<String> expected = new TreeSet<>(FixtureProject.enabledIds());
        expected.removeAll(Set.of(CALENDAR, LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C));
        assertEquals(expected, Selector.parse(null, List.of("package:utils")).apply(GRAPH));
    }

    @Test
    void testsOnSelectedNodesComeAlongEagerly() {
        assertEquals(ids(ORDERS, NOT_NULL_TEST, SINGULAR_TEST), select("orders"));
        assertEquals(ids(STG_ORDERS), select("stg_orders"));
    }

    @Test
    void cautiousSelectionWaitsForAllOfATestsParents() {
        assertEquals(ids(ORDERS, NOT_NULL_TEST), cautious("orders"));
        assertEquals(ids(CUSTOMERS_V2), cautious("customers.v2"));
        // each criterion alone leaves the two-parent test pending; their union brings it in
        assertEquals(ids(ORDERS, CUSTOMERS_V2, NOT_NULL_TEST, SINGULAR_TEST), cautious("orders customers.v2"));
    }

    @Test
    void buildableSelectionAcceptsParentsAmongTheSelectionsAncestors() {
        assertEquals(ids(ORDERS, NOT_NULL_TEST), withMode(IndirectSelection.BUILDABLE, "orders"));
        // the singular test's other parent, orders, is upstream of customers.v2
        assertEquals(ids(CUSTOMERS_V2, SINGULAR_TEST), withMode(IndirectSelection.BUILDABLE, "customers.v2"));
    }

    @Test
    void emptyIndirectSelectionAddsNoTests() {
        assertEquals(ids(ORDERS), withMode(IndirectSelection.EMPTY, "orders"));
        assertEquals(ids(ORDERS, NOT_NULL_TEST),
                withMode(IndirectSelection.EMPTY, "orders", "resource_type:test,test_type:generic"));
    }

    @Test
    void aSelectionAppliesToAnyGraph() {
        Selection selection = Selector.parse(List.of("tag:staging+1"), null);
        ModelGraph smaller = ModelGraph.build(List.of(GRAPH.node(STG_ORDERS).orElseThrow()), List.of());
        assertEquals(ids(STG_ORDERS), selection.apply(smaller));
        // the tests on orders come along eagerly
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, ORDERS, SNAPSHOT, CUSTOMERS_V1, CUSTOMERS_V2, NOT_NULL_TEST,
                SINGULAR_TEST), selection.apply(GRAPH));
    }

    private static Set<String> cautious(String... values) {
        return withMode(IndirectSelection.CAUTIOUS, values);
    }

    private static Set<String> withMode(IndirectSelection mode, String... values) {
        return Selector.parse(List.of(values), null, mode).apply(GRAPH);
    }
}

package dev.modelsense.graph;

import static dev.modelsense.graph.FixtureProject.*;
import static dev.modelsense.graph.SelectionTestSupport.ids;
import static dev.modelsense.graph.SelectionTestSupport.matched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Each selector method on its own, as dbt's selector_methods.py defines it. */
class SelectorMethodsTest {

    @Test
    void bareNameMatchesTheModelNameOnly() {
        assertEquals(ids(STG_ORDERS), matched("stg_orders"));
        // fqn matching searches manifest nodes only: the source table named "orders" is not an fqn match
        assertEquals(ids(ORDERS), matched("orders"));
        assertEquals(ids(ORDERS), matched("fqn:orders"));
    }

    @Test
    void folderAndPackagePrefixesMatchEverythingBelow() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("staging"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("shop.staging"));
        assertEquals(ids(CALENDAR, LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C), matched("utils"));
        assertEquals(ids(LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C), matched("loops"));
    }

    @Test
    void qualifiedNamesMustSpellTheFoldersOut() {
        assertEquals(ids(STG_ORDERS), matched("shop.staging.stg_orders"));
        assertEquals(ids(STG_ORDERS), matched("staging.stg_orders"));
        assertEquals(ids(CALENDAR), matched("utils.calendar"));
        // dbt compares the selector with the fqn part by part, so a skipped folder does not match
        assertEquals(ids(), matched("shop.stg_orders"));
    }

    @Test
    void versionedModelsMatchByNameDotOrUnderscore() {
        assertEquals(ids(CUSTOMERS_V1, CUSTOMERS_V2), matched("customers"));
        assertEquals(ids(CUSTOMERS_V2), matched("customers.v2"));
        assertEquals(ids(CUSTOMERS_V2), matched("customers_v2"));
        assertEquals(ids(CUSTOMERS_V1), matched("customers.v1"));
        assertEquals(ids(CUSTOMERS_V1, CUSTOMERS_V2), matched("marts.customers"));
        assertEquals(ids(CUSTOMERS_V2), matched("shop.marts.customers.v2"));
        assertEquals(ids(), matched("customers.v3"));
    }

    @Test
    void wildcardsMatchTheRestOfTheDottedFqn() {
        // from the first wildcard part on, dbt fnmatches the rest of the dotted fqn, so stg_* only matches
        // models at a package's root; folders have to be spelled or globbed
        assertEquals(ids(STG_PAYMENTS), matched("stg_*"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("staging.stg_*"));
        assertEquals(ids(STG_ORDERS, ORDERS), matched("*orders"));
        assertEquals(ids(TRI_A, TRI_B), matched("loops.tri_[ab]"));
        assertEquals(ids(TRI_A, TRI_B, TRI_C), matched("*.tri_?"));
        assertEquals(ids(TRI_C), matched("loops.tri_[!ab]"));
        assertEquals(ids(), matched("tri_[ab]"));
    }

    @Test
    void fqnStarSelectsEveryEnabledManifestNode() {
        Set<String> expected = new TreeSet<>(FixtureProject.enabledIds());
        expected.removeAll(Set.of(RAW_ORDERS, RAW_CUSTOMERS, EXPOSURE, METRIC, SEMANTIC_MODEL));
        assertEquals(expected, matched("fqn:*"));
    }

    @Test
    void tagMatchesWithWildcardsOnEveryKindOfNode() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("tag:staging"));
        assertEquals(ids(ORDERS, EXPOSURE), matched("tag:finance"));
        assertEquals(ids(STG_ORDERS), matched("tag:dai*"));
        assertEquals(ids(RAW_ORDERS), matched("tag:raw"));
        assertEquals(ids(), matched("tag:Staging"));
    }

    @Test
    void pathSelectsFilesAndFoldersRelativeToTheProjectRoot() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, RAW_ORDERS, RAW_CUSTOMERS), matched("path:models/staging"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, RAW_ORDERS, RAW_CUSTOMERS), matched("path:models/staging/"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, RAW_ORDERS, RAW_CUSTOMERS), matched("path:./models/staging"));
        assertEquals(ids(ORDERS), matched("path:models/marts/orders.sql"));
        assertEquals(ids(COUNTRY_CODES), matched("path:seeds"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS), matched("path:models/*/stg_*.sql"));
        assertEquals(ids(LOOP_A, LOOP_B), matched("path:models/**/loop_*.sql"));
        assertEquals(ids(TRI_A), matched("path:**/tri_a.sql"));
        assertEquals(ids(), matched("path:models/stag"));
    }

    @Test
    void aValueWithASlashIsAPath() {
        assertEquals(matched("path:models/staging"), matched("models/staging"));
        assertEquals(ids(ORDERS), matched("models/marts/orders.sql"));
    }

    @Test
    void pathFoldersSpanPackagesBecauseFilePathsArePackageRelative() {
        Set<String> underModels = matched("path:models");
        assertTrue(underModels.contains(CALENDAR));
        assertTrue(underModels.contains(RAW_ORDERS));
        Set<String> expected = new TreeSet<>(FixtureProject.enabledIds());
        expected.removeAll(Set.of(COUNTRY_CODES, SNAPSHOT, SINGULAR_TEST, ANALYSIS));
        assertEquals(expected, underModels);
    }

    @Test
    void fileMatchesFileNameOrStem() {
        assertEquals(ids(STG_ORDERS), matched("file:stg_orders.sql"));
        assertEquals(ids(STG_ORDERS), matched("file:stg_orders"));
        assertEquals(ids(NOT_NULL_TEST), matched("file:schema.yml"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, STG_PAYMENTS), matched("file:stg_*"));
    }

    @Test
    void aValueEndingInSqlPyOrCsvIsAFileName() {
        assertEquals(ids(STG_ORDERS), matched("stg_orders.sql"));
        assertEquals(ids(COUNTRY_CODES), matched("country_codes.csv"));
        assertEquals(ids(), matched("stg_orders.py"));
    }

    @Test
    void packageMatchesEveryKindOfNode() {
        assertEquals(ids(CALENDAR, LOOP_A, LOOP_B, TRI_A, TRI_B, TRI_C), matched("package:utils"));
        assertEquals(matched("package:utils"), matched("package:ut*"));
        assertTrue(matched("package:shop").containsAll(Set.of(RAW_ORDERS, EXPOSURE, METRIC, SEMANTIC_MODEL)));
    }

    @Test
    void configComparesStringsAndDescendsIntoDicts() {
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, STG_PAYMENTS), matched("config.materialized:view"));
        assertEquals(ids(), matched("config.materialized:VIEW"));
        assertEquals(ids(ORDERS), matched("config.meta.owner:alice"));
        assertEquals(ids(), matched("config.meta.owner:bob"));
        assertEquals(ids(), matched("config.meta.missing:x"));
        // recent dbt searches configs of every node kind, metrics included
        assertEquals(ids(ORDERS, METRIC), matched("config.group:finance"));
    }

    @Test
    void configMatchesBooleansByTrueAndFalseInAnyCase() {
        assertEquals(ids(ORDERS), matched("config.meta.pii:true"));
        assertEquals(ids(ORDERS), matched("config.meta.pii:TRUE"));
        assertEquals(ids(ORDERS), matched("config.contract.enforced:true"));
        assertEquals(ids(ORDERS), matched("config.persist_docs.relation:false"));
        assertEquals(ids(), matched("config.contract.enforced:false"));
    }

    @Test
    void configListsMatchByMembership() {
        assertEquals(ids(STG_ORDERS), matched("config.tags:daily"));
        // a config map without tags still has the node's tags, as every dbt config does
        assertEquals(ids(CALENDAR), matched("config.tags:util"));
    }

    @Test
    void configSeverityIgnoresCase() {
        assertEquals(ids(NOT_NULL_TEST), matched("config.severity:error"));
        assertEquals(ids(SINGULAR_TEST), matched("config.severity:WARN"));
    }

    @Test
    void resourceTypeSelectsByKind() {
        assertEquals(ids(COUNTRY_CODES), matched("resource_type:seed"));
        assertEquals(ids(RAW_ORDERS, RAW_CUSTOMERS), matched("resource_type:source"));
        assertEquals(ids(NOT_NULL_TEST, SINGULAR_TEST), matched("resource_type:test"));
        assertEquals(ids(SNAPSHOT), matched("resource_type:snapshot"));
        assertEquals(ids(SEMANTIC_MODEL), matched("resource_type:semantic_model"));
        assertEquals(ids(), matched("resource_type:macro"));
        SelectorSyntaxException error = assertThrows(SelectorSyntaxException.class,
                () -> matched("resource_type:table"));
        assertEquals("Invalid resource_type selector \"table\"", error.getMessage());
    }

    @Test
    void sourceTakesSourceTableOrPackageSourceTable() {
        assertEquals(ids(RAW_ORDERS, RAW_CUSTOMERS), matched("source:raw"));
        assertEquals(ids(RAW_ORDERS), matched("source:raw.orders"));
        assertEquals(ids(RAW_ORDERS), matched("source:shop.raw.orders"));
        assertEquals(ids(), matched("source:utils.raw.orders"));
        assertEquals(ids(RAW_ORDERS, RAW_CUSTOMERS), matched("source:raw.*"));
        assertEquals(ids(RAW_ORDERS, RAW_CUSTOMERS), matched("source:*"));
        assertEquals(ids(RAW_CUSTOMERS), matched("source:r?w.cust*"));
        assertThrows(SelectorSyntaxException.class, () -> matched("source:a.b.c.d"));
    }

    @Test
    void exposureMetricAndSemanticModelTakeNameOrPackageName() {
        assertEquals(ids(EXPOSURE), matched("exposure:weekly_dashboard"));
        assertEquals(ids(EXPOSURE), matched("exposure:shop.weekly_dashboard"));
        assertEquals(ids(EXPOSURE), matched("exposure:*"));
        assertEquals(ids(), matched("exposure:utils.weekly_dashboard"));
        assertThrows(SelectorSyntaxException.class, () -> matched("exposure:a.b.c"));
        assertEquals(ids(METRIC), matched("metric:revenue"));
        assertEquals(ids(SEMANTIC_MODEL), matched("semantic_model:shop.orders_sm"));
    }

    @Test
    void groupMatchesManifestNodesAndMetrics() {
        assertEquals(ids(ORDERS, METRIC), matched("group:finance"));
    }

    @Test
    void accessDefaultsToProtectedForModels() {
        assertEquals(ids(CUSTOMERS_V1, CUSTOMERS_V2), matched("access:public"));
        assertEquals(ids(ORDERS), matched("access:private"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, STG_PAYMENTS, USES_LOOP, CALENDAR, LOOP_A, LOOP_B, TRI_A,
                TRI_B, TRI_C), matched("access:protected"));
    }

    @Test
    void versionSelectsLatestOldNoneOrANumber() {
        assertEquals(ids(CUSTOMERS_V2), matched("version:latest"));
        assertEquals(ids(CUSTOMERS_V1), matched("version:old"));
        assertEquals(ids(), matched("version:prerelease"));
        assertEquals(ids(CUSTOMERS_V2), matched("version:2"));
        assertEquals(ids(CUSTOMERS_V1), matched("version:1.0"));
        assertEquals(ids(STG_ORDERS, STG_CUSTOMERS, STG_PAYMENTS, ORDERS, USES_LOOP, CALENDAR, LOOP_A, LOOP_B,
                TRI_A, TRI_B, TRI_C), matched("version:none"));
    }

    @Test
    void testTypeTellsYamlDefinedTestsFromSqlFiles() {
        assertEquals(ids(NOT_NULL_TEST), matched("test_type:generic"));
        assertEquals(ids(NOT_NULL_TEST), matched("test_type:schema"));
        assertEquals(ids(SINGULAR_TEST), matched("test_type:singular"));
        assertEquals(ids(SINGULAR_TEST), matched("test_type:data"));
        assertThrows(SelectorSyntaxException.class, () -> matched("test_type:unit"));
    }

    @Test
    void methodsNeedingRunArtifactsAreRefused() {
        for (String selector : List.of("state:modified", "result:error", "source_status:fresher")) {
            SelectorSyntaxException error = assertThrows(SelectorSyntaxException.class, () -> matched(selector));
            assertTrue(error.getMessage().contains("run artifacts"), error.getMessage());
            assertTrue(error.getMessage().contains("not supported"), error.getMessage());
        }
    }

    @Test
    void unknownMethodsAreRefusedAsDbtDoes() {
        SelectorSyntaxException error = assertThrows(SelectorSyntaxException.class, () -> matched("colour:red"));
        assertEquals("'colour' is not a valid method name", error.getMessage());
        assertThrows(SelectorSyntaxException.class, () -> matched("test_name:not_null"));
    }
}

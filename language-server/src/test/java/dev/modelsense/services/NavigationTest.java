package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.project.DiskFileSource;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition and hover. */
class NavigationTest {

    @TempDir
    static Path dir;
    static ServiceFixture shop;

    @BeforeAll
    static void compile() {
        shop = ServiceFixture.shop(dir);
        shop.snapshot();
    }

    private static List<Location> definition(String text) {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", text);
        return Definitions.find(cursor.ctx().withFiles(new DiskFileSource()), cursor.position());
    }

    private static String hover(String path, String text) {
        ServiceFixture.Cursor cursor = shop.open(path, text);
        return Hovers.hover(cursor.ctx(), cursor.position()).map(Hover::getContents)
                .map(c -> c.getRight().getValue()).orElse("");
    }

    private static void assertAt(Location location, String file, int line, int character) {
        assertEquals(shop.path(file).toUri().toString(), location.getUri());
        assertEquals(line, location.getRange().getStart().getLine(), location.toString());
        assertEquals(character, location.getRange().getStart().getCharacter(), location.toString());
    }

    @Test
    void refGoesToTheModelFile() {
        List<Location> found = definition("select * from {{ ref('stg_or|ders') }}");
        assertEquals(1, found.size());
        assertAt(found.get(0), "models/staging/stg_orders.sql", 0, 0);
        assertAt(definition("{{ ref('utils', 'util_d|ates') }}").get(0), "dbt_packages/utils/models/util_dates.sql", 0, 0);
    }

    @Test
    void versionedRefGoesToTheVersionsFileAndUnpinnedToTheLatest() {
        assertAt(definition("{{ ref('dim_pro|ducts', v=1) }}").get(0), "models/marts/dim_products_v1.sql", 0, 0);
        assertAt(definition("{{ ref('dim_pro|ducts', version='1') }}").get(0), "models/marts/dim_products_v1.sql", 0, 0);
        assertAt(definition("{{ ref('dim_pro|ducts') }}").get(0), "models/marts/dim_products_v2.sql", 0, 0);
    }

    @Test
    void sourceGoesToItsYamlTableEntry() {
        Location at = definition("select * from {{ source('raw', 'ord|ers') }}").get(0);
        assertAt(at, "models/staging/_staging.yml", 19, 14);
        assertEquals(20, at.getRange().getEnd().getCharacter());
    }

    @Test
    void macroGoesToItsBlockIncludingPackageMacros() {
        assertAt(definition("select {{ cents_to_dol|lars('amount') }}").get(0), "macros/cents.sql", 0, 0);
        assertAt(definition("select {{ utils.st|ar('x') }}").get(0), "dbt_packages/utils/macros/star.sql", 0, 0);
        assertTrue(definition("select {{ no_such_mac|ro() }}").isEmpty());
    }

    @Test
    void varGoesToItsKeyInDbtProjectYml() {
        assertAt(definition("where d > '{{ var('start_da|te') }}'").get(0), "dbt_project.yml", 3, 2);
        assertAt(definition("{{ var('utils_li|mit') }}").get(0), "dbt_project.yml", 5, 4);
        assertAt(definition("{{ var('utils_pa|ge') }}").get(0), "dbt_packages/utils/dbt_project.yml", 2, 2);
    }

    @Test
    void docGoesToTheDocsBlock() {
        ServiceFixture.Cursor cursor = shop.open("models/staging/_staging.yml",
                "models:\n  - name: stg_orders\n    description: '{{ doc(\"order_st|atus\") }}'\n");
        assertAt(Definitions.find(cursor.ctx(), cursor.position()).get(0), "models/docs.md", 0, 0);
    }

    @Test
    void columnAfterAliasGoesToTheUpstreamYamlColumn() {
        String sql = "select o.order_|id from {{ ref('stg_orders') }} as o";
        assertAt(definition(sql).get(0), "models/staging/_staging.yml", 5, 14);
        assertAt(definition("select o.undeclare|d from {{ ref('stg_orders') }} as o").get(0),
                "models/staging/stg_orders.sql", 0, 0);
    }

    @Test
    void yamlModelNameGoesToTheModelFile() {
        ServiceFixture.Cursor cursor = shop.open("models/staging/_staging.yml",
                "version: 2\nmodels:\n  - name: stg_cust|omers\n");
        assertAt(Definitions.find(cursor.ctx(), cursor.position()).get(0), "models/staging/stg_customers.sql", 0, 0);
    }

    @Test
    void hoverOnAModelShowsDescriptionMaterializationRelationAndColumns() {
        String md = hover("models/new.sql", "select * from {{ ref('stg_ord|ers') }}");
        assertTrue(md.contains("One row per order."), md);
        assertTrue(md.contains("Materialized: `view`"), md);
        assertTrue(md.contains("\"main\".\"stg_orders\""), md);
        assertTrue(md.contains("| `order_id` | integer | Primary key of orders. |"), md);
        assertTrue(md.contains("models/staging/stg_orders.sql"), md);
        String mart = hover("models/new.sql", "select * from {{ ref('custo|mers') }}");
        assertTrue(mart.contains("Materialized: `table`"), mart);
    }

    @Test
    void hoverOnSourceMacroColumnVarAndDoc() {
        String source = hover("models/new.sql", "select * from {{ source('raw', 'ord|ers') }}");
        assertTrue(source.contains("**source** `raw.orders`") && source.contains("Orders as loaded.")
                && source.contains("`id`"), source);
        String macro = hover("models/new.sql", "select {{ cents_to_doll|ars('amount') }}");
        assertTrue(macro.contains("cents_to_dollars(column, scale=2)") && macro.contains("Converts cents to dollars."),
                macro);
        String column = hover("models/new.sql", "select o.order_|id from {{ ref('stg_orders') }} o");
        assertTrue(column.contains("Primary key of orders.") && column.contains("integer")
                && column.contains("stg_orders"), column);
        assertTrue(hover("models/new.sql", "{{ var('start_|date') }}").contains("2020-01-01"));
        assertTrue(hover("models/new.sql", "{{ doc('order_|status') }}").contains("Where the order is in its life."));
    }

    @Test
    void hoverRangeCoversTheName() {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", "select * from {{ ref('stg_ord|ers') }}");
        Hover hover = Hovers.hover(cursor.ctx(), cursor.position()).orElseThrow();
        assertEquals(22, hover.getRange().getStart().getCharacter());
        assertEquals(32, hover.getRange().getEnd().getCharacter());
    }

    @Test
    void nothingUnderTheCursorOrOddInputGivesNothing() {
        assertTrue(hover("models/new.sql", "select 1 |as x").isEmpty());
        assertTrue(hover("models/new.sql", "{{ ref('missing_mo|del') }}").isEmpty());
        assertTrue(definition("{{ ref('|").isEmpty());
        String junk = "{{ ref('\u0000\uFFFF".repeat(10_000) + "|";
        assertTrue(definition(junk).isEmpty());
    }
}

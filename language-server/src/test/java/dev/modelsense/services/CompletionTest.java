package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {

    @TempDir
    static Path dir;
    static ServiceFixture shop;

    @BeforeAll
    static void compile() {
        shop = ServiceFixture.shop(dir);
        shop.snapshot();
    }

    private static CompletionList complete(String path, String text) {
        ServiceFixture.Cursor cursor = shop.open(path, text);
        return Completion.complete(cursor.ctx(), cursor.position());
    }

    private static List<String> labels(CompletionList list) {
        return list.getItems().stream().map(CompletionItem::getLabel).toList();
    }

    private static CompletionItem item(CompletionList list, String label) {
        Optional<CompletionItem> found = list.getItems().stream().filter(i -> i.getLabel().equals(label)).findFirst();
        return found.orElseThrow(() -> new AssertionError(label + " not in " + labels(list)));
    }

    private static String newText(CompletionItem item) {
        return item.getTextEdit().getLeft().getNewText();
    }

    @Test
    void refOffersModelsSeedsAndPackageModelsQualified() {
        CompletionList list = complete("models/new.sql", "select * from {{ ref('|");
        List<String> labels = labels(list);
        assertTrue(labels.containsAll(List.of("stg_orders", "stg_customers", "customers", "raw_payments", "util_dates")),
                labels.toString());
        assertEquals("stg_orders'", newText(item(list, "stg_orders")));
        assertEquals("utils', 'util_dates'", newText(item(list, "util_dates")), "package models are qualified");
        assertFalse(list.isIncomplete());
    }

    @Test
    void refInsertTextFollowsTheQuoteTypedAndReplacesTheClosingQuote() {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", "select * from {{ ref(\"stg_o|\") }}");
        CompletionList list = Completion.complete(cursor.ctx(), cursor.position());
        CompletionItem item = item(list, "stg_orders");
        assertEquals("stg_orders\"", newText(item));
        org.eclipse.lsp4j.Range range = item.getTextEdit().getLeft().getRange();
        assertEquals(22, range.getStart().getCharacter());
        assertEquals(28, range.getEnd().getCharacter(), "the edit covers the typed word and the closing quote");
        assertFalse(labels(list).contains("customers"), "filtered by what was typed");
    }

    @Test
    void refOffersVersionsOfVersionedModels() {
        CompletionList list = complete("models/new.sql", "select * from {{ ref('dim_|') }}");
        assertEquals("dim_products'", newText(item(list, "dim_products")));
        assertEquals("dim_products', v=1", newText(item(list, "dim_products v1")));
        assertEquals("dim_products', v=2", newText(item(list, "dim_products v2")));
    }

    @Test
    void refSecondArgumentOffersThatPackagesModels() {
        CompletionList list = complete("models/new.sql", "{{ ref('utils', '|') }}");
        assertEquals(List.of("util_dates"), labels(list));
        assertEquals("util_dates'", newText(item(list, "util_dates")));
    }

    @Test
    void sourceOffersSourcesThenTablesOfTheSource() {
        CompletionList sources = complete("models/new.sql", "select * from {{ source('|");
        assertEquals(List.of("raw"), labels(sources));
        CompletionList tables = complete("models/new.sql", "select * from {{ source('raw', 'o|') }}");
        assertEquals(List.of("orders"), labels(tables));
        assertTrue(item(tables, "orders").getDocumentation().getRight().getValue().contains("Orders as loaded."));
    }

    @Test
    void varOffersProjectAndPackageVars() {
        List<String> labels = labels(complete("models/new.sql", "where d > '{{ var(\"|"));
        assertTrue(labels.containsAll(List.of("start_date", "utils_limit", "utils_page")), labels.toString());
        assertFalse(labels.contains("utils"), "a package-scoped block is not itself offered");
    }

    @Test
    void docOffersDocsBlocksInYamlDescriptions() {
        CompletionList list = complete("models/staging/_staging.yml", """
                models:
                  - name: stg_orders
                    description: '{{ doc("ord|") }}'
                """);
        assertEquals(List.of("order_status"), labels(list));
        assertEquals("order_status\"", newText(item(list, "order_status")));
    }

    @Test
    void configOffersKeysThenMaterializationsIncludingCustomOnes() {
        List<String> keys = labels(complete("models/new.sql", "{{ config(|) }}"));
        assertTrue(keys.containsAll(List.of("materialized", "schema", "alias", "tags", "unique_key",
                "incremental_strategy")), keys.toString());
        assertEquals("materialized=", newText(item(complete("models/new.sql", "{{ config(mat|) }}"), "materialized")));
        List<String> kinds = labels(complete("models/new.sql", "{{ config(schema='x', materialized='|') }}"));
        assertTrue(kinds.containsAll(List.of("view", "table", "incremental", "ephemeral", "insert_only")),
                kinds.toString());
        assertFalse(kinds.contains("seed"));
    }

    @Test
    void macrosOfTheProjectPackagesAndDbtWithSignatures() {
        CompletionList list = complete("models/new.sql", "select {{ cen| }}");
        CompletionItem cents = item(list, "cents_to_dollars");
        assertEquals("cents_to_dollars(column, scale=2)", cents.getDetail());
        assertTrue(cents.getDocumentation().getRight().getValue().contains("Converts cents to dollars."));
        assertTrue(labels(complete("models/new.sql", "select {{ utils.| }}")).contains("star"));
        assertTrue(labels(complete("models/new.sql", "select {{ sta| }}")).contains("utils.star"));
        List<String> dbt = labels(complete("models/new.sql", "select {{ dbt.| }}"));
        assertFalse(dbt.isEmpty());
        assertTrue(dbt.stream().noneMatch(name -> name.contains("__")), "dispatch implementations stay hidden");
    }

    @Test
    void tagStartOffersKeywordsAndBlockSnippets() {
        List<String> labels = labels(complete("models/new.sql", "{% | %}"));
        assertTrue(labels.containsAll(List.of("if … endif", "for … endfor", "macro … endmacro", "set", "call … endcall",
                "endif")), labels.toString());
        assertFalse(labels(complete("models/new.sql", "{{ x | }}")).contains("if … endif"),
                "snippets only start a tag");
    }

    @Test
    void columnsAfterAliasResolveRefsSourcesAndImportCtes() {
        String model = """
                with orders as (select * from {{ ref('stg_orders') }})
                select c.|, o.order_id
                from {{ ref('stg_customers') }} as c
                join orders o on o.customer_id = c.customer_id
                """;
        assertEquals(List.of("customer_id", "first_name"), labels(complete("models/new.sql", model)));
        CompletionList viaCte = complete("models/new.sql", model.replace("c.|,", "c.customer_id,")
                .replace("o.order_id", "o.|"));
        assertEquals(List.of("order_id", "customer_id", "status"), labels(viaCte));
        assertTrue(item(viaCte, "order_id").getDocumentation().getRight().getValue().contains("Primary key of orders."));
        CompletionList source = complete("models/new.sql", "select r.| from {{ source('raw', 'orders') }} r");
        assertEquals(List.of("id"), labels(source));
        assertTrue(labels(complete("models/new.sql", "select unknown.| from x")).isEmpty());
    }

    @Test
    void selectListOffersColumnsOfEveryReferencedRelation() {
        List<String> labels = labels(complete("models/new.sql", "select | from {{ ref('raw_payments') }}"));
        assertTrue(labels.containsAll(List.of("id", "order_id", "amount")), "seed CSV header: " + labels);
    }

    @Test
    void yamlModelNamesComeFromSqlFilesAndColumnsFromTheCatalog() {
        List<String> models = labels(complete("models/staging/_new.yml", "version: 2\nmodels:\n  - name: |\n"));
        assertTrue(models.containsAll(List.of("stg_orders", "customers", "raw_orders_copy")), models.toString());
        assertEquals("raw_orders_copy", models.get(0), "models without properties come first");
        assertFalse(models.contains("util_dates"), "only this project's models");

        String yaml = """
                models:
                  - name: stg_orders
                    description: x
                    columns:
                      - name: order_id
                      - name: |
                """;
        ServiceFixture.Cursor cursor = shop.open("models/staging/_new.yml", yaml);
        ColumnCatalog sqlColumns = (snapshot, id) -> id.equals("model.shop.stg_orders")
                ? List.of(new ColumnInfo("ordered_at", null, "timestamp", null)) : List.of();
        DocumentContext ctx = cursor.ctx().withColumns(ColumnCatalog.merged(List.of(ColumnCatalog.declared(), sqlColumns)));
        List<String> columns = labels(Completion.complete(ctx, cursor.position()));
        assertEquals(List.of("order_id", "customer_id", "status", "ordered_at"), columns);
    }

    @Test
    void unsavedHalfTypedAndOddTextNeverFail() {
        assertTrue(labels(complete("models/new.sql", "{{ ref('stg_orders') }} {{ ref(|")).isEmpty());
        assertTrue(labels(complete("models/new.sql", "{# ref(' | #}")).isEmpty());
        assertTrue(labels(complete("models/new.sql", "-- select o.|")).isEmpty());
        assertTrue(labels(complete("models/new.sql", "{{ ref('stg_orders') }} {{ ref('|")).contains("stg_orders"));
        String junk = "\u0000\u0001{{{{((''\"\"%%}}".repeat(1000);
        Completion.complete(shop.document("models/new.sql", junk), new dev.modelsense.text.Position(0, 5000));
        String huge = "select 1 as x,\n".repeat(350_000) + "{{ ref('";
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", huge + "|')}}");
        assertTrue(labels(Completion.complete(cursor.ctx(), cursor.position())).contains("stg_orders"));
        assertTrue(Completion.complete(cursor.ctx(), new dev.modelsense.text.Position(999_999, 3)).getItems() != null);
    }

    @Test
    void longListsAreCappedAndMarkedIncomplete() {
        ServiceFixture many = ServiceFixture.in(dir.resolve("many"));
        for (int i = 0; i < 250; i++) {
            many.file("models/m" + i + ".sql", "select " + i + " as id\n");
        }
        ServiceFixture.Cursor cursor = many.open("models/x.sql", "{{ ref('|') }}");
        CompletionList list = Completion.complete(cursor.ctx(), cursor.position());
        assertEquals(CompletionItems.MAX_ITEMS, list.getItems().size());
        assertTrue(list.isIncomplete());
    }
}

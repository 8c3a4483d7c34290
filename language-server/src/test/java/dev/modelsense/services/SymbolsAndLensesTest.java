package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolsAndLensesTest {

    @TempDir
    static Path dir;
    static ServiceFixture shop;

    @BeforeAll
    static void compile() {
        shop = ServiceFixture.shop(dir).file("models/marts/orders.sql", """
                {{ config(materialized='table') }}
                with orders as (
                    select * from {{ ref('stg_orders') }}
                ),
                payments as (select 1 as order_id, cast(2 as int) as amount)
                select * from orders join payments using (order_id)
                """);
        shop.snapshot();
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols.stream().map(DocumentSymbol::getName).toList();
    }

    @Test
    void sqlOutlineHasConfigAndCtesInOrder() {
        List<DocumentSymbol> symbols = DocumentSymbols.of(shop.document("models/marts/orders.sql"));
        assertEquals(List.of("config", "orders", "payments"), names(symbols));
        DocumentSymbol orders = symbols.get(1);
        assertEquals(SymbolKind.Struct, orders.getKind());
        assertEquals(1, orders.getSelectionRange().getStart().getLine());
        assertEquals(5, orders.getSelectionRange().getStart().getCharacter());
        assertEquals(3, orders.getRange().getEnd().getLine(), "the CTE spans its parentheses");
    }

    @Test
    void sqlOutlineFollowsUnsavedTextAndListsMacros() {
        DocumentContext macros = shop.document("macros/cents.sql", """
                {% macro a() %}1{% endmacro %}
                {%- macro b(x) -%}
                {{ x }}
                {%- endmacro %}
                """);
        List<DocumentSymbol> symbols = DocumentSymbols.of(macros);
        assertEquals(List.of("a", "b"), names(symbols));
        assertEquals(SymbolKind.Function, symbols.get(1).getKind());
        assertEquals(3, symbols.get(1).getRange().getEnd().getLine());
    }

    @Test
    void yamlOutlineNestsColumnsUnderModelsAndTablesUnderSources() {
        List<DocumentSymbol> symbols = DocumentSymbols.of(shop.document("models/staging/_staging.yml"));
        assertEquals(List.of("stg_orders", "stg_customers", "raw"), names(symbols));
        assertEquals(List.of("order_id", "customer_id", "status"), names(symbols.get(0).getChildren()));
        assertEquals(SymbolKind.Field, symbols.get(0).getChildren().get(0).getKind());
        DocumentSymbol raw = symbols.get(2);
        assertEquals(SymbolKind.Namespace, raw.getKind());
        assertEquals(List.of("orders", "customers"), names(raw.getChildren()));
        assertEquals(List.of("id"), names(raw.getChildren().get(0).getChildren()));
        assertEquals(2, symbols.get(0).getSelectionRange().getStart().getLine());
        assertEquals(10, symbols.get(0).getSelectionRange().getStart().getCharacter());
        assertEquals(10, symbols.get(0).getRange().getEnd().getLine(), "a model spans its columns");
    }

    @Test
    void yamlOutlineSurvivesHalfTypedText() {
        List<DocumentSymbol> symbols = DocumentSymbols.of(shop.document("models/x.yml",
                "models:\n  - name: a\n    columns:\n      - name: \"b\"\n      - name:\n  - name: 'c'\n    descr: [\n"));
        assertEquals(List.of("a", "c"), names(symbols));
        assertEquals(List.of("b"), names(symbols.get(0).getChildren()));
        assertTrue(DocumentSymbols.of(shop.document("models/x.yml", "\u0000:\n  -\n- - name")).size() <= 1);
    }

    @Test
    void workspaceSymbolsMatchModelsMacrosAndSourcesFuzzily() {
        List<WorkspaceSymbol> found = WorkspaceSymbols.search(List.of(shop.snapshot()), "stgord");
        assertEquals("stg_orders", found.get(0).getName());
        List<String> orders = WorkspaceSymbols.search(List.of(shop.snapshot()), "orders").stream()
                .map(WorkspaceSymbol::getName).toList();
        assertEquals("orders", orders.get(0), "an exact match ranks first: " + orders);
        assertTrue(orders.contains("raw.orders") && orders.contains("stg_orders"), orders.toString());
        WorkspaceSymbol macro = WorkspaceSymbols.search(List.of(shop.snapshot()), "cents").get(0);
        assertEquals("cents_to_dollars", macro.getName());
        assertEquals(SymbolKind.Function, macro.getKind());
        assertEquals("shop", macro.getContainerName());
        assertTrue(macro.getLocation().getLeft().getUri().endsWith("macros/cents.sql"));
        assertTrue(WorkspaceSymbols.search(List.of(shop.snapshot()), "").size() <= WorkspaceSymbols.MAX_RESULTS);
        assertTrue(WorkspaceSymbols.search(List.of(shop.snapshot()), "zzzqqq").isEmpty());
    }

    @Test
    void modelFilesGetCompiledSqlSandboxAndLineageLenses() {
        DocumentContext ctx = shop.document("models/staging/stg_orders.sql");
        List<CodeLens> lenses = CodeLenses.of(ctx);
        assertEquals(List.of("Show compiled SQL", "Run in my sandbox", "0 upstream / 2 downstream"),
                lenses.stream().map(l -> l.getCommand().getTitle()).toList());
        assertEquals(List.of(CodeLenses.SHOW_COMPILED_SQL, CodeLenses.RUN_IN_SANDBOX, CodeLenses.SHOW_LINEAGE),
                lenses.stream().map(l -> l.getCommand().getCommand()).toList());
        assertTrue(lenses.stream().allMatch(l -> l.getRange().getStart().getLine() == 0
                && l.getCommand().getArguments().equals(List.of(ctx.uri()))));
        assertEquals("1 upstream / 0 downstream",
                CodeLenses.of(shop.document("models/raw_orders_copy.sql")).get(2).getCommand().getTitle());
        assertTrue(CodeLenses.of(shop.document("macros/cents.sql")).isEmpty());
        assertTrue(CodeLenses.of(shop.document("models/staging/_staging.yml")).isEmpty());
    }
}

package dev.modelsense.lsp;

import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lineage over the protocol: the custom request and command, call hierarchy, hover and impact diagnostics. */
class LineageProtocolTest {

    @TempDir
    Path dir;

    private static final String STG = "select id as order_id, amount from {{ ref('raw_orders') }}\n";
    private static final String MART = "select order_id, sum(amount) as total\nfrom {{ ref('stg_orders') }}\ngroup by 1\n";

    private ProjectFiles shop() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("seeds/raw_orders.csv", "id,amount\n1,10\n");
        project.write("models/stg_orders.sql", STG);
        project.write("models/mart.sql", MART);
        return project;
    }

    @Test
    void lineageRequestCommandCallHierarchyAndHover() throws Exception {
        ProjectFiles project = shop();
        Path mart = project.path("models/mart.sql");
        Path stg = project.path("models/stg_orders.sql");
        try (Connection connection = new Connection(dir.resolve("home"), StandardFeatures.all())) {
            InitializeResult init = connection.initialize(dir, null);
            assertEquals(Map.of("modelsense", Map.of("compiledSql", true, "sandboxRun", true, "lineage", true)),
                    init.getCapabilities().getExperimental() instanceof com.google.gson.JsonElement json
                            ? new com.google.gson.Gson().fromJson(json, Map.class) : init.getCapabilities()
                            .getExperimental());
            assertTrue(init.getCapabilities().getCallHierarchyProvider().getLeft());
            assertTrue(init.getCapabilities().getExecuteCommandProvider().getCommands()
                    .contains("modelsense.showLineage"));
            connection.client.awaitReady(1, 0);

            Map<String, Object> result = Connection.join(connection.remote.lineage(
                    new LineageParams(Connection.uri(mart), "total", null, null)));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) result.get("nodes");
            assertEquals(List.of("model.shop.mart", "model.shop.stg_orders", "seed.shop.raw_orders"),
                    nodes.stream().map(n -> n.get("id")).toList());
            assertEquals(Connection.uri(mart), nodes.get(0).get("uri"));
            assertEquals(List.of(Map.of("from", Map.of("node", "model.shop.stg_orders", "column", "amount"),
                            "to", Map.of("node", "model.shop.mart", "column", "total"), "kind", "aggregated"),
                    Map.of("from", Map.of("node", "seed.shop.raw_orders", "column", "amount"),
                            "to", Map.of("node", "model.shop.stg_orders", "column", "amount"), "kind", "passed")),
                    result.get("columnEdges"));
            assertTrue(((String) result.get("html")).contains("<svg"));

            List<CallHierarchyItem> items = Connection.join(connection.remote.getTextDocumentService()
                    .prepareCallHierarchy(new CallHierarchyPrepareParams(new TextDocumentIdentifier(
                            Connection.uri(stg)), new Position(0, 0))));
            assertEquals(List.of("stg_orders"), items.stream().map(CallHierarchyItem::getName).toList());
            var incoming = Connection.join(connection.remote.getTextDocumentService()
                    .callHierarchyIncomingCalls(new CallHierarchyIncomingCallsParams(items.get(0))));
            assertEquals(List.of("mart"), incoming.stream().map(c -> c.getFrom().getName()).toList());
            assertEquals(1, incoming.get(0).getFromRanges().get(0).getStart().getLine(), "at ref('stg_orders')");
            var outgoing = Connection.join(connection.remote.getTextDocumentService()
                    .callHierarchyOutgoingCalls(new CallHierarchyOutgoingCallsParams(items.get(0))));
            assertEquals(List.of("raw_orders"), outgoing.stream().map(c -> c.getTo().getName()).toList());

            Hover hover = Connection.join(connection.remote.getTextDocumentService().hover(new HoverParams(
                    new TextDocumentIdentifier(Connection.uri(mart)), new Position(0, 33))));
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.contains("← `amount` of model stg_orders (aggregated)"), text);
            assertTrue(text.contains("← `amount` of seed raw_orders (passed)"), text);

            Object shown = Connection.join(connection.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("modelsense.showLineage", List.of(Connection.uri(mart)))));
            Path page = project.path("target/lineage/mart.html");
            assertTrue(Files.readString(page).contains("stg_orders"));
            assertEquals(Connection.uri(page), shown);
            assertEquals(List.of(Connection.uri(page)), connection.client.all(ShowDocumentParams.class).stream()
                    .map(ShowDocumentParams::getUri).toList());
        }
    }

    @Test
    void removingAColumnUpstreamFlagsTheClosedDownstreamModel() {
        ProjectFiles project = shop();
        Path mart = project.path("models/mart.sql");
        Path stg = project.path("models/stg_orders.sql");
        try (Connection connection = new Connection(dir.resolve("home"), StandardFeatures.all())) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            connection.open(stg, STG);
            int from = connection.client.mark();
            connection.replace(stg, "select id as order_id from {{ ref('raw_orders') }}\n");

            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(mart),
                    list -> list.stream().anyMatch(d -> "column-removed-upstream".equals(codeOf(d))), from);
            Diagnostic impact = diagnostics.stream().filter(d -> "column-removed-upstream".equals(codeOf(d)))
                    .findFirst().orElseThrow();
            assertEquals(0, impact.getRange().getStart().getLine());
            assertEquals(21, impact.getRange().getStart().getCharacter(), "at `amount` in sum(amount)");

            int restored = connection.client.mark();
            connection.replace(stg, STG);
            connection.client.awaitDiagnostics(Connection.uri(mart),
                    list -> list.stream().noneMatch(d -> "column-removed-upstream".equals(codeOf(d))), restored);
        }
    }

    @Test
    void badLineageParamsAreInvalidParams() {
        shop();
        try (Connection connection = new Connection(dir.resolve("home"), StandardFeatures.all())) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            CompletionException error = assertThrows(CompletionException.class, () -> Connection.join(
                    connection.remote.lineage(new LineageParams(null, null, null, null))));
            ResponseErrorException response = assertInstanceOf(ResponseErrorException.class, error.getCause());
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), response.getResponseError().getCode());
        }
    }

    private static String codeOf(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? null : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
                : String.valueOf(diagnostic.getCode().getRight());
    }
}

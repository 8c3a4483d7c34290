package dev.modelsense.lsp;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server as `modelsense serve` runs it: every feature registered, SQL checks in the diagnostics. */
class StandardFeaturesProtocolTest {

    @TempDir
    Path dir;

    @Test
    void completionDefinitionAndSqlDiagnosticsOverTheProtocol() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path stg = project.write("models/stg_orders.sql", "select 1 as id\n");
        Path model = project.write("models/orders.sql", "select * from {{ ref('stg_orders') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"), StandardFeatures.all())) {
            InitializeResult init = connection.initialize(dir, null);
            assertNotNull(init.getCapabilities().getCompletionProvider());
            assertNotNull(init.getCapabilities().getDefinitionProvider());
            connection.client.awaitReady(1, 0);
            connection.open(model, "select * from {{ ref('stg_orders') }}\n");

            var completion = Connection.join(connection.remote.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 23))));
            List<String> labels = completion.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.contains("stg_orders"), labels::toString);

            var definition = Connection.join(connection.remote.getTextDocumentService().definition(
                    new DefinitionParams(new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 25))));
            List<? extends Location> locations = definition.getLeft();
            assertEquals(1, locations.size());
            assertEquals(Connection.uri(stg), locations.get(0).getUri());

            int mark = connection.client.mark();
            connection.replace(model, "select id,\nfrom {{ ref('stg_orders') }}\n");
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(model),
                    d -> !d.isEmpty(), mark);
            assertEquals("sql-syntax", diagnostics.get(0).getCode().getLeft());
            assertEquals(0, diagnostics.get(0).getRange().getStart().getLine());
        }
    }
}

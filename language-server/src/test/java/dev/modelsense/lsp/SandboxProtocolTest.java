package dev.modelsense.lsp;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Run in my sandbox" from the editor: the open buffer's model built into the developer's DuckDB sandbox. */
class SandboxProtocolTest {

    @TempDir
    Path dir;

    @Test
    void sandboxRunReturnsTypedRowsOfTheUnsavedModel() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path model = project.write("models/orders.sql", "select 1 as id\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            InitializeResult init = connection.initialize(dir, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> experimental = (Map<String, Object>) ((Map<String, Object>)
                    new com.google.gson.Gson().fromJson(new com.google.gson.Gson().toJson(
                            init.getCapabilities().getExperimental()), Map.class)).get("modelsense");
            assertEquals(Boolean.TRUE, experimental.get("sandboxRun"));
            connection.client.awaitReady(1, 0);
            int mark = connection.client.mark();
            connection.open(model, "select 1 as id, 'a' as name, date '2024-01-31' as day union all select 2, 'b', null\n");
            connection.client.awaitReady(1, mark);

            Map<String, Object> result = Connection.join(connection.remote.sandboxRun(
                    new SandboxRunParams(Connection.uri(model), 10)));
            assertNull(result.get("error"), () -> String.valueOf(result.get("error")));
            assertEquals("orders", result.get("model"));
            assertTrue(String.valueOf(result.get("sandbox")).startsWith("main_"), String.valueOf(result.get("sandbox")));
            assertEquals(2, ((Number) result.get("rowCount")).intValue());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) result.get("columns");
            assertEquals(List.of("id", "name", "day"), columns.stream().map(c -> c.get("name")).toList());
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) result.get("rows");
            assertTrue(rows.stream().anyMatch(row -> "2024-01-31".equals(row.get(2))), rows::toString);
            assertFalse(String.valueOf(columns.get(0).get("type")).isBlank());

            int before = connection.client.mark();
            Connection.join(connection.remote.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    SandboxRequests.RUN_IN_SANDBOX, List.of(Connection.uri(model)))));
            ShowDocumentParams shown = connection.client.since(ShowDocumentParams.class, before).get(0);
            Path csv = Path.of(java.net.URI.create(shown.getUri()));
            assertTrue(Files.readString(csv).contains("id"), Files.readString(csv));
        }
    }
}

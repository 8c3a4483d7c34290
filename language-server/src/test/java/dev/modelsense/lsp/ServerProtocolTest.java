package dev.modelsense.lsp;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's main path through the protocol: open, see a broken ref, fix it, read compiled SQL, exit. */
class ServerProtocolTest {

    @TempDir
    Path dir;

    @Test
    void brokenRefIsReportedFixedCompiledShownAndWatched() throws IOException {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/stg_orders.sql", "select 1 as id\n");
        Path orders = project.write("models/orders.sql", "select *\nfrom {{ ref('stg_ordrs') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            InitializeResult init = connection.initialize(dir, null);
            assertEquals(TextDocumentSyncKind.Incremental, init.getCapabilities().getTextDocumentSync().getRight()
                    .getChange());
            assertEquals(List.of("modelsense.showCompiledSql", "modelsense.showLineage", "modelsense.runInSandbox"),
                    init.getCapabilities().getExecuteCommandProvider().getCommands());

            List<Diagnostic> broken = connection.client.awaitDiagnostics(Connection.uri(orders), d -> !d.isEmpty(), 0);
            Diagnostic ref = broken.get(0);
            assertEquals("ref-unknown", ref.getCode().getLeft());
            assertEquals(DiagnosticSeverity.Error, ref.getSeverity());
            assertEquals("modelsense", ref.getSource());
            assertEquals(1, ref.getRange().getStart().getLine());
            assertTrue(ref.getRange().getEnd().getCharacter() > ref.getRange().getStart().getCharacter(),
                    "the range covers a token: " + ref.getRange());
            assertTrue(connection.client.all(RegistrationParams.class).stream().anyMatch(r -> r.getRegistrations()
                    .get(0).getMethod().equals("workspace/didChangeWatchedFiles")));

            String fixed = "select *\nfrom {{ ref('stg_orders') }}\n";
            connection.open(orders, Files.readString(orders));
            int mark = connection.client.mark();
            connection.edit(orders, new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(1, 13),
                    new org.eclipse.lsp4j.Position(1, 22)), "stg_orders");
            assertEquals(List.of(), connection.client.awaitDiagnostics(Connection.uri(orders), List::isEmpty, mark));
            connection.client.awaitReady(1, mark);

            // the buffer is saved: the server's compiled SQL is the engine's for the files on disk
            Files.writeString(orders, fixed);
            CompiledSqlResult compiled = Connection.join(connection.remote.compiledSql(
                    new CompiledSqlParams(Connection.uri(orders))));
            assertEquals(CompiledSqlResult.UP_TO_DATE, compiled.status());
            String expected = engineSql(project.root(), "model.shop.orders");
            assertEquals(expected, compiled.sql());
            assertTrue(compiled.sql().contains("\"main\".\"stg_orders\""), compiled.sql());
            assertFalse(compiled.sourceMap().isEmpty());
            assertTrue(compiled.problems().isEmpty());

            Object shown = Connection.join(connection.remote.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams("modelsense.showCompiledSql", List.of(Connection.uri(orders)))));
            Path written = project.path("target/compiled/shop/models/orders.sql");
            assertEquals(Connection.uri(written), shown);
            ShowDocumentParams show = connection.client.await(ShowDocumentParams.class, p -> true);
            assertEquals(Connection.uri(written), show.getUri());
            assertEquals(expected, Files.readString(written));

            // a new file written on disk (a git checkout) arrives through the file watcher
            mark = connection.client.mark();
            Path customers = project.write("models/customers.sql", "select * from {{ ref('nope') }}\n");
            connection.changedOnDisk(FileChangeType.Created, customers);
            List<Diagnostic> fromDisk = connection.client.awaitDiagnostics(Connection.uri(customers),
                    d -> !d.isEmpty(), mark);
            assertEquals("ref-unknown", fromDisk.get(0).getCode().getLeft());

            assertEquals(0, connection.exit());
        }
    }

    @Test
    void exitWithoutShutdownIsAnError() {
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.remote.exit();
            assertEquals(1, Connection.join(connection.server.exitCode()));
        }
    }

    static String engineSql(Path root, String uniqueId) {
        CompileRequest request = new CompileRequest(root.toAbsolutePath().normalize(), null, null, Map.of(), Map.of(),
                root.resolve("home"), MetadataCache.EMPTY, 1);
        ProjectSnapshot snapshot = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(request);
        return snapshot.compiled().get(uniqueId).compiledSql();
    }
}

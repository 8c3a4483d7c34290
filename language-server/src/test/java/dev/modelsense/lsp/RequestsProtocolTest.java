package dev.modelsense.lsp;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests: compiled SQL freshness and source map, registered features, cancellation and bad parameters. */
class RequestsProtocolTest {

    @TempDir
    Path dir;

    @Test
    void compiledSqlIsStaleWhileTheBufferIsAheadOfTheSnapshot() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        String text = "-- orders\nselect id from {{ ref('a') }}\n";
        Path model = project.write("models/b.sql", text);
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            connection.open(model, text);
            CompiledSqlResult fresh = Connection.join(connection.remote.compiledSql(
                    new CompiledSqlParams(Connection.uri(model))));
            assertEquals("-- orders\nselect id from \"dev\".\"main\".\"a\"", fresh.sql());
            assertEquals(CompiledSqlResult.UP_TO_DATE, fresh.status());
            CompiledSqlResult.Segment first = fresh.sourceMap().get(0);
            assertTrue(first.verbatim());
            assertEquals(text.substring(first.rawStart(), first.rawEnd()),
                    fresh.sql().substring(first.compiledStart(), first.compiledEnd()));
            assertTrue(fresh.sourceMap().stream().anyMatch(s -> !s.verbatim()
                    && text.substring(s.rawStart(), s.rawEnd()).contains("ref('a')")));

            CountDownLatch release = connection.pauseWriter(project.root());
            connection.replace(model, text + "-- more\n");
            CompiledSqlResult stale = Connection.join(connection.remote.compiledSql(
                    new CompiledSqlParams(Connection.uri(model))));
            assertEquals(CompiledSqlResult.STALE, stale.status());
            assertEquals(fresh.sql(), stale.sql(), "requests never wait for the rebuild");
            release.countDown();
        }
    }

    @Test
    void failedModelReportsItsProblems() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path model = project.write("models/b.sql", "select {{ undefined_macro() }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            CompiledSqlResult failed = Connection.join(connection.remote.compiledSql(
                    new CompiledSqlParams(Connection.uri(model))));
            assertEquals(CompiledSqlResult.FAILED, failed.status());
            assertEquals("", failed.sql());
            assertFalse(failed.problems().isEmpty());
            assertEquals(0, failed.problems().get(0).getRange().getStart().getLine());
        }
    }

    @Test
    void aRegisteredFeatureIsAdvertisedAndAnsweredFromTheLatestSnapshot() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path model = project.write("models/a.sql", "select 1 as id\n");
        Features features = new Features().onDocument(FeatureKey.HOVER, (request, params, cancel) -> new Hover(
                new MarkupContent("plaintext", request.snapshot().nodesIn(request.path()).get(0).uniqueId() + " "
                        + request.document().wordAt(Conversions.position(params.getPosition())))));
        try (Connection connection = new Connection(dir.resolve("home"), features)) {
            var capabilities = connection.initialize(dir, null).getCapabilities();
            assertTrue(capabilities.getHoverProvider().getLeft());
            assertNull(capabilities.getCompletionProvider(), "only registered features are advertised");
            connection.client.awaitReady(1, 0);
            connection.open(model, "select 1 as id\n");
            Hover hover = Connection.join(connection.remote.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 2))));
            assertEquals("model.shop.a select", hover.getContents().getRight().getValue());

            CompletionException unsupported = assertThrows(CompletionException.class, () -> Connection.join(
                    connection.remote.getTextDocumentService().completion(new org.eclipse.lsp4j.CompletionParams(
                            new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 0)))));
            assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                    ((ResponseErrorException) unsupported.getCause()).getResponseError().getCode());
        }
    }

    @Test
    void aCancelledRequestStopsItsHandlerAndAFailingHandlerIsAnErrorNotACrash() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path model = project.write("models/a.sql", "select 1 as id\n");
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> handlerEnded = new CompletableFuture<>();
        Features features = new Features()
                .onDocument(FeatureKey.HOVER, (request, params, cancel) -> {
                    started.countDown();
                    try {
                        while (true) {
                            cancel.checkCanceled();
                            Thread.onSpinWait();
                        }
                    } catch (CancellationException e) {
                        handlerEnded.complete(e);
                        throw e;
                    }
                })
                .onDocument(FeatureKey.DEFINITION, (request, params, cancel) -> {
                    throw new IllegalStateException("boom");
                });
        try (Connection connection = new Connection(dir.resolve("home"), features)) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            var hover = connection.remote.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 0)));
            assertTrue(started.await(RecordingClient.TIMEOUT_SECONDS, TimeUnit.SECONDS));
            hover.cancel(true);
            assertInstanceOf(CancellationException.class,
                    handlerEnded.get(RecordingClient.TIMEOUT_SECONDS, TimeUnit.SECONDS));

            CompletionException failed = assertThrows(CompletionException.class, () -> Connection.join(
                    connection.remote.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(
                            new TextDocumentIdentifier(Connection.uri(model)), new Position(0, 0)))));
            assertTrue(failed.getCause().getMessage().contains("boom"));
            assertEquals(0, connection.exit(), "the server still answers after a handler failed");
        }
    }

    @Test
    void showCompiledSqlNeedsAFileUri() {
        ProjectFiles.create(dir.resolve("shop"), "shop").write("models/a.sql", "select 1 as id\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            CompletionException error = assertThrows(CompletionException.class, () -> Connection.join(
                    connection.remote.getWorkspaceService().executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
                            "modelsense.showCompiledSql", java.util.List.of()))));
            ResponseErrorException response = (ResponseErrorException) error.getCause();
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), response.getResponseError().getCode());
            assertTrue(response.getMessage().contains("expects one argument"), response.getMessage());
        }
    }
}

package dev.modelsense.lsp;

import com.google.gson.JsonParser;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LSP 3.17 pull diagnostics: a client that can pull gets diagnostics only by pulling ({@code textDocument/diagnostic},
 * {@code workspace/diagnostic}), with result ids and refresh requests; a client that cannot gets them pushed.
 */
class PullDiagnosticsProtocolTest {

    @TempDir
    Path dir;

    @Test
    void aPullClientPullsAFilesDiagnosticsAndIsNeverPushedAny() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path b = project.write("models/b.sql", "select * from {{ ref('missing') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            InitializeResult result = connection.initialize(dir, null, PullDiagnosticsProtocolTest::pulling);
            DiagnosticRegistrationOptions provider = result.getCapabilities().getDiagnosticProvider();
            assertNotNull(provider, "diagnosticProvider");
            assertEquals("modelsense", provider.getIdentifier());
            assertTrue(provider.isInterFileDependencies());
            assertTrue(provider.isWorkspaceDiagnostics());

            // asked at once, the answer waits for the first build instead of reporting nothing
            var first = full(pull(connection, b, null));
            assertEquals(List.of("ref-unknown"), codes(first.getItems()));
            assertEquals(0, first.getItems().get(0).getRange().getStart().getLine());
            assertNotNull(first.getResultId());

            // asking again with that result id: nothing changed
            var again = pull(connection, b, first.getResultId());
            assertTrue(again.isRelatedUnchangedDocumentDiagnosticReport(), again.toString());
            assertEquals(first.getResultId(), again.getRelatedUnchangedDocumentDiagnosticReport().getResultId());

            // an edit that fixes the file: the server asks for a new pull, which has a new result and no problem
            connection.client.awaitReady(1, 0);
            connection.client.await(RecordingClient.DiagnosticsRefresh.class, r -> true, 0);
            connection.open(b, "select * from {{ ref('missing') }}\n");
            connection.replace(b, "select * from {{ ref('a') }}\n");
            var fixed = pullUntil(connection, b, first.getResultId(), report -> report.getItems().isEmpty());
            assertNotEquals(first.getResultId(), fixed.getResultId());

            // breaking it again brings the diagnostic back under yet another result id
            connection.replace(b, "select * from {{ ref('nope') }}\n");
            var broken = pullUntil(connection, b, fixed.getResultId(), report -> !report.getItems().isEmpty());
            assertEquals(List.of("ref-unknown"), codes(broken.getItems()));
            assertNotEquals(first.getResultId(), broken.getResultId());

            connection.barrier();
            assertEquals(List.of(), connection.client.all(PublishDiagnosticsParams.class));
        }
    }

    @Test
    void aWorkspacePullReportsClosedFilesAndAnEmptyReportOnceFixed() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path broken = project.write("models/broken.sql", "select * from {{ ref('orders') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null, PullDiagnosticsProtocolTest::pulling);
            connection.client.awaitReady(1, 0);

            WorkspaceDiagnosticReport first = workspacePull(connection, List.of());
            var report = fullIn(first, broken).orElseThrow(() -> new AssertionError(first.toString()));
            assertEquals(List.of("ref-unknown"), codes(report.getItems()));
            assertNull(report.getVersion(), "a closed file has no version");
            assertTrue(fullIn(first, project.path("models/a.sql")).isEmpty(), "a clean file is not reported");

            // with the client's result ids nothing is sent again
            List<PreviousResultId> known = List.of(new PreviousResultId(Connection.uri(broken), report.getResultId()));
            WorkspaceDiagnosticReport second = workspacePull(connection, known);
            assertTrue(fullIn(second, broken).isEmpty(), second.toString());
            assertTrue(second.getItems().stream().anyMatch(item -> item.isWorkspaceUnchangedDocumentDiagnosticReport()
                    && item.getWorkspaceUnchangedDocumentDiagnosticReport().getUri().equals(Connection.uri(broken))));

            // the missing model appears on disk: the closed file's diagnostics clear with an empty report
            project.write("models/orders.sql", "select 1 as id\n");
            connection.changedOnDisk(FileChangeType.Created, project.path("models/orders.sql"));
            var cleared = eventually(connection, () -> fullIn(workspacePull(connection, known), broken)
                    .filter(r -> r.getItems().isEmpty()));
            assertNotEquals(report.getResultId(), cleared.getResultId());

            // a file the client holds a result for that the server never reported on gets an empty report
            List<PreviousResultId> stale = List.of(new PreviousResultId(Connection.uri(project.path("models/gone.sql")),
                    "an-old-result"));
            var gone = fullIn(workspacePull(connection, stale), project.path("models/gone.sql"));
            assertTrue(gone.isPresent() && gone.get().getItems().isEmpty(), String.valueOf(gone));

            connection.barrier();
            assertEquals(List.of(), connection.client.all(PublishDiagnosticsParams.class));
        }
    }

    @Test
    void settingsApplyToPulledDiagnosticsAsToPushedOnes() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path ignored = project.write("models/ignored.sql", "select * from {{ source('raw', 'nope') }}\n");
        Path demoted = project.write("models/demoted.sql", "select * from {{ ref('missing') }}\n");
        var options = JsonParser.parseString("{\"diagnostics\": {\"ignore\": [\"source-unknown\"],"
                + " \"severity\": {\"ref-unknown\": \"information\"}}}");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, options, PullDiagnosticsProtocolTest::pulling);
            assertEquals(List.of(), full(pull(connection, ignored, null)).getItems());
            List<Diagnostic> shown = full(pull(connection, demoted, null)).getItems();
            assertEquals(List.of("ref-unknown"), codes(shown));
            assertEquals(DiagnosticSeverity.Information, shown.get(0).getSeverity());
        }
    }

    @Test
    void withoutRefreshSupportAPullClientStillGetsNewResultsWhenItPulls() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path b = project.write("models/b.sql", "select * from {{ ref('missing') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null, capabilities -> {
                TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
                text.setDiagnostic(new DiagnosticCapabilities());
                capabilities.setTextDocument(text);
            });
            var first = full(pull(connection, b, null));
            connection.open(b, "select * from {{ ref('missing') }}\n");
            connection.replace(b, "select 1 as id\n");
            // a build's status comes after its diagnostics were kept
            var now = eventuallyByStatus(connection, () -> Optional.of(pull(connection, b, first.getResultId()))
                    .filter(DocumentDiagnosticReport::isRelatedFullDocumentDiagnosticReport)
                    .map(DocumentDiagnosticReport::getRelatedFullDocumentDiagnosticReport)
                    .filter(r -> r.getItems().isEmpty()));
            assertNotEquals(first.getResultId(), now.getResultId());
            assertEquals(List.of(), connection.client.all(RecordingClient.DiagnosticsRefresh.class));
            assertEquals(List.of(), connection.client.all(PublishDiagnosticsParams.class));
        }
    }

    @Test
    void aPushClientIsPushedAndNeverAskedToPull() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path b = project.write("models/b.sql", "select * from {{ ref('missing') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            InitializeResult result = connection.initialize(dir, null);
            assertNull(result.getCapabilities().getDiagnosticProvider());
            List<Diagnostic> pushed = connection.client.awaitDiagnostics(Connection.uri(b), d -> !d.isEmpty(), 0);
            assertEquals(List.of("ref-unknown"), codes(pushed));
            connection.client.awaitReady(1, 0);
            connection.barrier();
            assertEquals(List.of(), connection.client.all(RecordingClient.DiagnosticsRefresh.class));
        }
    }

    @Test
    void aPullClientThatAsksForPushIsPushed() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path b = project.write("models/b.sql", "select * from {{ ref('missing') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            InitializeResult result = connection.initialize(dir,
                    JsonParser.parseString("{\"modelsense\": {\"diagnostics\": {\"mode\": \"push\"}}}"),
                    PullDiagnosticsProtocolTest::pulling);
            assertNull(result.getCapabilities().getDiagnosticProvider());
            List<Diagnostic> pushed = connection.client.awaitDiagnostics(Connection.uri(b), d -> !d.isEmpty(), 0);
            assertEquals(List.of("ref-unknown"), codes(pushed));
            connection.client.awaitReady(1, 0);
            connection.barrier();
            assertEquals(List.of(), connection.client.all(RecordingClient.DiagnosticsRefresh.class));
        }
    }

    /** What vscode-languageclient 9 announces: document pulls and refresh requests. */
    private static void pulling(ClientCapabilities capabilities) {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        DiagnosticCapabilities diagnostic = new DiagnosticCapabilities(true);
        diagnostic.setRelatedDocumentSupport(false);
        text.setDiagnostic(diagnostic);
        capabilities.setTextDocument(text);
        capabilities.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
    }

    private static DocumentDiagnosticReport pull(Connection connection, Path file, String previousResultId) {
        DocumentDiagnosticParams params = new DocumentDiagnosticParams(new TextDocumentIdentifier(Connection.uri(file)));
        params.setIdentifier("modelsense");
        params.setPreviousResultId(previousResultId);
        return Connection.join(connection.remote.getTextDocumentService().diagnostic(params));
    }

    private static WorkspaceDiagnosticReport workspacePull(Connection connection, List<PreviousResultId> previous) {
        WorkspaceDiagnosticParams params = new WorkspaceDiagnosticParams(new ArrayList<>(previous));
        params.setIdentifier("modelsense");
        return Connection.join(connection.remote.getWorkspaceService().diagnostic(params));
    }

    private static org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport full(DocumentDiagnosticReport report) {
        assertTrue(report.isRelatedFullDocumentDiagnosticReport(), report.toString());
        return report.getRelatedFullDocumentDiagnosticReport();
    }

    private static Optional<WorkspaceFullDocumentDiagnosticReport> fullIn(WorkspaceDiagnosticReport report,
                                                                           Path file) {
        return report.getItems().stream().filter(WorkspaceDocumentDiagnosticReport::isWorkspaceFullDocumentDiagnosticReport)
                .map(WorkspaceDocumentDiagnosticReport::getWorkspaceFullDocumentDiagnosticReport)
                .filter(full -> full.getUri().equals(Connection.uri(file))).findFirst();
    }

    /**
     * Pulls until the report is a full one matching; between tries waits for the server's next refresh request, as
     * an editor does.
     */
    private static org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport pullUntil(
            Connection connection, Path file, String previousResultId,
            Predicate<org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport> condition) {
        return eventually(connection, () -> Optional.of(pull(connection, file, previousResultId))
                .filter(DocumentDiagnosticReport::isRelatedFullDocumentDiagnosticReport)
                .map(DocumentDiagnosticReport::getRelatedFullDocumentDiagnosticReport)
                .filter(condition));
    }

    /** Tries, and after each miss waits for the server's next refresh request. */
    private static <T> T eventually(Connection connection, Supplier<Optional<T>> attempt) {
        for (int tries = 0; tries < 50; tries++) {
            int mark = connection.client.mark();
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
            connection.client.await(RecordingClient.DiagnosticsRefresh.class, r -> true, mark);
        }
        throw new AssertionError("no matching report after 50 refreshes");
    }

    /** Like {@link #eventually} for a client without refresh: waits for the next status between tries. */
    private static <T> T eventuallyByStatus(Connection connection, Supplier<Optional<T>> attempt) {
        for (int tries = 0; tries < 50; tries++) {
            int mark = connection.client.mark();
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
            connection.client.await(StatusParams.class, s -> true, mark);
        }
        throw new AssertionError("no matching report after 50 builds");
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
    }
}

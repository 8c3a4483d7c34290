package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Result ids, unchanged reports and waiting for a project's first build, without a protocol in between. */
class DiagnosticReportsTest {

    private final Path root = Path.of("/ws/shop").toAbsolutePath();
    private final Path a = root.resolve("models/a.sql");
    private final Path b = root.resolve("models/b.sql");
    private final DiagnosticReports reports = new DiagnosticReports();

    @Test
    void aPullBeforeTheFirstBuildWaitsForIt() {
        CompletableFuture<DocumentDiagnosticReport> pending = reports.document(root, a, null);
        assertFalse(pending.isDone());
        // another file compiled first does not answer for this one
        reports.updateAhead(Map.of(b, List.of(diagnostic("other"))), List.of(b));
        assertFalse(pending.isDone());
        reports.update(root, Map.of(a, List.of(diagnostic("ref-unknown"))));
        assertEquals("ref-unknown", full(pending.join()).getItems().get(0).getMessage());
        // and after it, answers come at once
        assertTrue(reports.document(root, b, null).isDone());
    }

    @Test
    void aFileCompiledAheadOfItsProjectAnswersAtOnceEvenWithoutDiagnostics() {
        CompletableFuture<DocumentDiagnosticReport> pending = reports.document(root, b, null);
        reports.updateAhead(Map.of(a, List.of(diagnostic("early"))), List.of(a, b));
        assertEquals("early", full(reports.document(root, a, null).join()).getItems().get(0).getMessage());
        assertEquals(List.of(), full(pending.join()).getItems());
    }

    @Test
    void aCancelledPullIsDroppedAndAFileInNoProjectNeverWaits() {
        CompletableFuture<DocumentDiagnosticReport> pending = reports.document(root, a, null);
        pending.cancel(true);
        reports.update(root, Map.of(a, List.of(diagnostic("x"))));
        assertTrue(pending.isCancelled());
        assertEquals(List.of(), full(reports.document(null, Path.of("/elsewhere/x.sql").toAbsolutePath(), null)
                .join()).getItems());
    }

    @Test
    void resultIdsChangeExactlyWhenAFilesDiagnosticsChange() {
        reports.update(root, Map.of(a, List.of(diagnostic("one"))));
        String first = full(reports.document(root, a, null).join()).getResultId();
        assertTrue(reports.document(root, a, first).join().isRelatedUnchangedDocumentDiagnosticReport());

        reports.update(root, Map.of(b, List.of(diagnostic("elsewhere"))));
        assertTrue(reports.document(root, a, first).join().isRelatedUnchangedDocumentDiagnosticReport(),
                "another file's change keeps this file's result");

        reports.update(root, Map.of(a, List.of()));
        var cleared = full(reports.document(root, a, first).join());
        assertEquals(List.of(), cleared.getItems());
        assertNotEquals(first, cleared.getResultId());
    }

    @Test
    void aCleanFileHasOneResultIdForNothing() {
        reports.update(root, Map.of());
        String nothing = full(reports.document(root, a, null).join()).getResultId();
        assertEquals(nothing, full(reports.document(root, b, null).join()).getResultId());
        assertTrue(reports.document(root, b, nothing).join().isRelatedUnchangedDocumentDiagnosticReport());
    }

    @Test
    void workspaceReportsCoverFilesWithDiagnosticsAndFilesTheClientKnows() {
        reports.update(root, Map.of(a, List.of(diagnostic("one"))));
        WorkspaceDiagnosticReport first = reports.workspace(Map.of(), Conversions::uriOf, file -> null);
        assertEquals(1, first.getItems().size());
        String resultId = first.getItems().get(0).getWorkspaceFullDocumentDiagnosticReport().getResultId();

        WorkspaceDiagnosticReport second = reports.workspace(Map.of(a, resultId, b, "old"), Conversions::uriOf,
                file -> file.equals(b) ? 7 : null);
        WorkspaceDocumentDiagnosticReport forA = second.getItems().get(0);
        WorkspaceDocumentDiagnosticReport forB = second.getItems().get(1);
        assertTrue(forA.isWorkspaceUnchangedDocumentDiagnosticReport());
        assertEquals(List.of(), forB.getWorkspaceFullDocumentDiagnosticReport().getItems());
        assertEquals(7, forB.getWorkspaceFullDocumentDiagnosticReport().getVersion());
    }

    private static Diagnostic diagnostic(String message) {
        return new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), message);
    }

    private static org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport full(DocumentDiagnosticReport report) {
        assertTrue(report.isRelatedFullDocumentDiagnosticReport(), report.toString());
        return report.getRelatedFullDocumentDiagnosticReport();
    }
}

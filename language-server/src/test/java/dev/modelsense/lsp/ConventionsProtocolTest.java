package dev.modelsense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.Conventions;
import dev.modelsense.conventions.Finding;
import dev.modelsense.conventions.Fix;
import dev.modelsense.project.Severity;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Convention findings in the editor: a finding is a diagnostic, its fix a quick fix whose edit, once applied, clears
 * it (in the open model and in a closed child); modelsense.yml's own problems appear in it and clear when it is
 * fixed on disk. The rules here are the test's own (a column named {@code amt} must be renamed; a modelsense.yml with a
 * {@code bad:} key is wrong), so the test does not depend on which rules ship.
 */
class ConventionsProtocolTest {

    @TempDir
    Path dir;

    @Test
    void aFindingsQuickFixRenamesTheColumnDownstreamAndTheDiagnosticsClear() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path orders = project.write("models/orders.sql", "select 1 as id, 2 as amt\n");
        Path totals = project.write("models/totals.sql", "select sum(amt) as total from {{ ref('orders') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"), new Features(),
                sql -> new ConventionChecks(sql).including(ConventionsProtocolTest::amtMustBeRenamed,
                        ConventionsProtocolTest::noBadKey))) {
            InitializeResult init = connection.initialize(dir, null);
            assertEquals(List.of("quickfix"), init.getCapabilities().getCodeActionProvider().getRight()
                    .getCodeActionKinds());
            connection.client.awaitReady(1, 0);
            String text = Files.readString(orders);
            connection.open(orders, text);
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(orders),
                    list -> list.stream().anyMatch(d -> code(d).equals("column-prefix-unknown")), 0);
            Diagnostic finding = diagnostics.stream().filter(d -> code(d).equals("column-prefix-unknown"))
                    .findFirst().orElseThrow();
            assertEquals(new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(0, 21),
                    new org.eclipse.lsp4j.Position(0, 24)), finding.getRange());

            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(Connection.uri(orders)),
                    finding.getRange(), new CodeActionContext(List.of(finding)));
            List<Either<Command, CodeAction>> actions = Connection.join(
                    connection.remote.getTextDocumentService().codeAction(params));
            assertEquals(1, actions.size());
            CodeAction action = actions.get(0).getRight();
            assertEquals("Rename column amt to AMT_ORDER", action.getTitle());
            assertEquals("quickfix", action.getKind());
            assertTrue(action.getIsPreferred());
            assertEquals(List.of(finding), action.getDiagnostics());

            Map<String, TextDocumentEdit> edits = new java.util.HashMap<>();
            action.getEdit().getDocumentChanges().forEach(change -> edits.put(
                    change.getLeft().getTextDocument().getUri(), change.getLeft()));
            assertEquals(2, edits.size(), "the model and its child");
            TextDocumentEdit inOrders = edits.get(Connection.uri(orders));
            assertTrue(inOrders.getTextDocument().getVersion() != null, "the open model's edit is versioned");
            String fixedOrders = applied(text, inOrders.getEdits());
            assertEquals("select 1 as id, 2 as AMT_ORDER\n", fixedOrders);
            String fixedTotals = applied(Files.readString(totals), edits.get(Connection.uri(totals)).getEdits());
            assertEquals("select sum(AMT_ORDER) as total from {{ ref('orders') }}\n", fixedTotals);

            // the editor applies the edit: the open buffer changes, the closed child is written
            int applying = connection.client.mark();
            Files.writeString(totals, fixedTotals);
            connection.changedOnDisk(FileChangeType.Changed, totals);
            connection.replace(orders, fixedOrders);
            connection.client.awaitDiagnostics(Connection.uri(orders), List::isEmpty, applying);
            connection.client.awaitReady(1, applying);
            connection.barrier();
        }
    }

    @Test
    void modelsenseYmlProblemsAreItsDiagnosticsAndAnEditOnDiskRechecks() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/orders.sql", "select 1 as id\n");
        Path conventions = project.write("modelsense.yml", "bad: true\n");
        try (Connection connection = new Connection(dir.resolve("home"), new Features(),
                ConventionChecks::new)) {
            connection.initialize(dir, null);
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(conventions),
                    list -> !list.isEmpty(), 0);
            assertEquals("conventions-config", code(diagnostics.get(0)));
            assertEquals(new org.eclipse.lsp4j.Position(0, 0), diagnostics.get(0).getRange().getStart());

            int mark = connection.client.mark();
            Files.writeString(conventions, "severities: {}\n");
            connection.changedOnDisk(FileChangeType.Changed, conventions);
            connection.client.awaitDiagnostics(Connection.uri(conventions), List::isEmpty, mark);

            // the open buffer wins over the disk, and each edit of it rechecks
            mark = connection.client.mark();
            connection.open(conventions, "severities: {}\n");
            connection.replace(conventions, "severities: {}\nbad: 1\n");
            List<Diagnostic> again = connection.client.awaitDiagnostics(Connection.uri(conventions),
                    list -> !list.isEmpty(), mark);
            assertEquals(1, again.get(0).getRange().getStart().getLine());
        }
    }

    @Test
    void aModelsFindingFollowsAnEditOfAnotherModel() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path orders = project.write("models/orders.sql", "select 1 as id\n");
        project.write("models/a.sql", "select * from {{ ref('orders') }}\n");
        Path b = project.write("models/b.sql", "select 1 as id\n");
        try (Connection connection = new Connection(dir.resolve("home"), new Features(),
                sql -> new ConventionChecks(sql).including(ConventionsProtocolTest::atMostOneChild, null))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            int mark = connection.client.mark();
            // b, edited, becomes orders' second child: orders (closed, unedited) gets its finding
            connection.open(b, "select 1 as id\n");
            connection.replace(b, "select * from {{ ref('orders') }}\n");
            List<Diagnostic> fanout = connection.client.awaitDiagnostics(Connection.uri(orders),
                    list -> !list.isEmpty(), mark);
            assertEquals("layer-fanout", code(fanout.get(0)));
            mark = connection.client.mark();
            connection.replace(b, "select 1 as id\n");
            connection.client.awaitDiagnostics(Connection.uri(orders), List::isEmpty, mark);
        }
    }

    private static List<Finding> atMostOneChild(ProjectSnapshot snapshot, ParsedNode node) {
        int children = snapshot.graph().children(node.uniqueId()).size();
        return children <= 1 ? List.of() : List.of(new Finding(new Problem("layer-fanout", Severity.WARNING,
                node.name() + " has " + children + " children", node.spec().file().path(), 0, 0, List.of()),
                node.uniqueId()));
    }

    /** The test's node rule: a column aliased {@code amt} must become {@code AMT_ORDER}. */
    private static List<Finding> amtMustBeRenamed(ProjectSnapshot snapshot, ParsedNode node) {
        String raw = node.spec().rawCode();
        int at = raw.indexOf("as amt");
        if (at < 0) {
            return List.of();
        }
        Position position = LineIndex.of(raw).positionAt(at + 3);
        Problem problem = new Problem("column-prefix-unknown", Severity.WARNING, "Column amt has no known prefix",
                node.spec().file().path(), node.spec().bodyLine() + position.line(), position.character(), List.of());
        return List.of(new Finding(problem, node.uniqueId(), List.of(new Fix.RenameColumn(node.uniqueId(), "amt",
                "AMT_ORDER"))));
    }

    /** The test's project rule: modelsense.yml must not have a {@code bad:} key. */
    private static List<Finding> noBadKey(ProjectSnapshot snapshot, Conventions conventions) {
        return snapshot.project().conventionsFile().map(file -> {
            String[] lines = file.text().split("\n", -1);
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("bad:")) {
                    found.add(new Finding(new Problem("conventions-config", Severity.ERROR, "Unknown key 'bad'",
                            file.path(), i, 0, List.of()), null));
                }
            }
            return found;
        }).orElse(List.of());
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode().getLeft();
    }

    private static String applied(String text, List<TextEdit> edits) {
        LineIndex lines = LineIndex.of(text);
        StringBuilder out = new StringBuilder(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> lines.offsetAt(Conversions.position(e.getRange().getStart())))
                .reversed());
        for (TextEdit edit : sorted) {
            out.replace(lines.offsetAt(Conversions.position(edit.getRange().getStart())),
                    lines.offsetAt(Conversions.position(edit.getRange().getEnd())), edit.getNewText());
        }
        return out.toString();
    }
}

package dev.modelsense.lsp;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped rules over the protocol, on the testdata project that breaks the conventions: a sum of flags named as a
 * flag is reported on its alias, and its quick fix renames the column in the model and its YAML entry, after which
 * the finding is gone.
 */
class RealRulesProtocolTest {

    private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aColumnTypeMismatchIsFixedByItsRenameQuickFix() throws IOException {
        Path project = copy(TESTDATA.resolve("projects/subscriptions_violations"), dir.resolve("subscriptions"));
        Path model = project.resolve("models/intermediate/int_subscriptions__invoiced.sql");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            String text = Files.readString(model);
            connection.open(model, text);
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(model),
                    list -> list.stream().anyMatch(d -> code(d).equals("column-type-mismatch")), 0);
            Diagnostic mismatch = diagnostics.stream().filter(d -> code(d).equals("column-type-mismatch")).findFirst()
                    .orElseThrow();
            int line = 5;
            int column = text.lines().toList().get(line).indexOf("IND_INVOICES_PAID");
            assertEquals(new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(line, column),
                    new org.eclipse.lsp4j.Position(line, column + "IND_INVOICES_PAID".length())), mismatch.getRange());

            List<Either<Command, CodeAction>> actions = Connection.join(connection.remote.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(Connection.uri(model)),
                            mismatch.getRange(), new CodeActionContext(List.of(mismatch)))));
            CodeAction rename = actions.stream().map(Either::getRight)
                    .filter(a -> a.getTitle().equals("Rename column IND_INVOICES_PAID to N_INVOICES_PAID"))
                    .findFirst().orElseThrow(() -> new AssertionError(actions.toString()));
            assertTrue(rename.getIsPreferred());

            int applying = connection.client.mark();
            List<Path> written = new ArrayList<>();
            for (Either<TextDocumentEdit, ?> change : rename.getEdit().getDocumentChanges()) {
                TextDocumentEdit edit = change.getLeft();
                Path file = Path.of(URI.create(edit.getTextDocument().getUri()));
                String before = file.equals(model) ? text : Files.readString(file);
                String after = applied(before, edit.getEdits());
                if (file.equals(model)) {
                    connection.replace(model, after);
                    assertTrue(after.contains("sum(i.IND_INVOICE_PAID) as N_INVOICES_PAID"), after);
                } else {
                    Files.writeString(file, after);
                    written.add(file);
                }
            }
            assertTrue(written.contains(project.resolve("models/intermediate/_intermediate__models.yml")),
                    "the YAML entry is renamed too: " + written);
            connection.changedOnDisk(FileChangeType.Changed, written.toArray(Path[]::new));
            connection.client.awaitDiagnostics(Connection.uri(model),
                    list -> list.stream().noneMatch(d -> code(d).equals("column-type-mismatch")), applying);
            assertTrue(Files.readString(project.resolve("models/intermediate/_intermediate__models.yml"))
                    .contains("- name: N_INVOICES_PAID"));
        }
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode().getLeft();
    }

    private static String applied(String text, List<TextEdit> edits) {
        dev.modelsense.text.LineIndex lines = dev.modelsense.text.LineIndex.of(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing(
                (TextEdit e) -> lines.offsetAt(Conversions.position(e.getRange().getStart()))).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(lines.offsetAt(Conversions.position(edit.getRange().getStart())),
                    lines.offsetAt(Conversions.position(edit.getRange().getEnd())), edit.getNewText());
        }
        return out.toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(path -> !from.relativize(path).startsWith("target")).forEach(path -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}

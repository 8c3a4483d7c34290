package dev.modelsense.lsp;

import com.google.gson.JsonParser;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the editor shows after builds: progress, status, diagnostics per file and what the user silenced. */
class DiagnosticsProtocolTest {

    @TempDir
    Path dir;

    @Test
    void initialBuildReportsProgressThenDiagnosticsThenStatus() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path b = project.write("models/b.sql", "select * from {{ ref('missing') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            StatusParams status = connection.client.awaitReady(1, 0);
            assertEquals(List.of(new StatusParams.ProjectStatus(project.root().toAbsolutePath().normalize().toString(),
                    2, 1, "ready")), status.projects());

            List<WorkDoneProgressCreateParams> created = connection.client.all(WorkDoneProgressCreateParams.class);
            assertEquals(1, created.size());
            connection.client.await(ProgressParams.class, p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd);
            List<WorkDoneProgressNotification> progress = connection.client.all(ProgressParams.class).stream()
                    .peek(p -> assertEquals(created.get(0).getToken(), p.getToken()))
                    .map(p -> p.getValue().getLeft()).toList();
            assertInstanceOf(WorkDoneProgressBegin.class, progress.get(0));
            assertInstanceOf(WorkDoneProgressReport.class, progress.get(1));
            assertEquals("1/1 shop", ((WorkDoneProgressReport) progress.get(1)).getMessage());
            assertInstanceOf(WorkDoneProgressEnd.class, progress.get(progress.size() - 1));

            // diagnostics come before the status of the same build
            List<Object> order = connection.client.all(Object.class).stream()
                    .filter(e -> e instanceof PublishDiagnosticsParams || e instanceof StatusParams).toList();
            assertInstanceOf(PublishDiagnosticsParams.class, order.get(0));
            assertEquals(Connection.uri(b), ((PublishDiagnosticsParams) order.get(0)).getUri());
        }
    }

    @Test
    void yamlSyntaxErrorInSchemaFileIsADiagnosticOfThatFile() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path schema = project.write("models/schema.yml", "version: 2\nmodels:\n  - name: a\n    columns: [\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(schema),
                    d -> !d.isEmpty(), 0);
            assertEquals("yaml-syntax", diagnostics.get(0).getCode().getLeft());
            assertTrue(diagnostics.get(0).getRange().getStart().getLine() >= 3, diagnostics.toString());

            // fixing it in the editor clears the file's diagnostics
            int mark = connection.client.mark();
            connection.open(schema, "version: 2\nmodels:\n  - name: a\n    columns: [\n");
            connection.replace(schema, "version: 2\nmodels:\n  - name: a\n");
            connection.client.awaitDiagnostics(Connection.uri(schema), List::isEmpty, mark);
        }
    }

    @Test
    void codesAreSilencedBySettingsModelConfigAndInlineComments() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path bySetting = project.write("models/by_setting.sql", "select * from {{ source('raw', 'nope') }}\n");
        Path byConfig = project.write("models/by_config.sql",
                "{{ config(modelsense={'ignore': ['ref-unknown']}) }}\nselect * from {{ ref('missing') }}\n");
        Path byComment = project.write("models/by_comment.sql",
                "-- modelsense: ignore=ref-unknown\nselect * from {{ ref('missing') }}\n");
        Path shown = project.write("models/shown.sql", "select * from {{ ref('missing') }}\n");
        var options = JsonParser.parseString("{\"diagnostics\": {\"ignore\": [\"source-unknown\"]}}");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, options);
            connection.client.awaitReady(1, 0);
            Set<String> published = connection.client.all(PublishDiagnosticsParams.class).stream()
                    .filter(p -> !p.getDiagnostics().isEmpty()).map(PublishDiagnosticsParams::getUri)
                    .collect(Collectors.toSet());
            assertEquals(Set.of(Connection.uri(shown)), published);

            // without the setting, the source error shows; the config and the comment still hold
            int mark = connection.client.mark();
            connection.remote.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"modelsense\": {\"diagnostics\": {\"ignore\": []}}}")));
            List<Diagnostic> source = connection.client.awaitDiagnostics(Connection.uri(bySetting),
                    d -> !d.isEmpty(), mark);
            assertEquals("source-unknown", source.get(0).getCode().getLeft());
            connection.client.awaitReady(1, mark);
            assertFalse(connection.client.since(PublishDiagnosticsParams.class, mark).stream()
                    .anyMatch(p -> (p.getUri().equals(Connection.uri(byConfig))
                            || p.getUri().equals(Connection.uri(byComment))) && !p.getDiagnostics().isEmpty()));
        }
    }

    @Test
    void eachProjectOfAMonorepoPublishesItsOwnFiles() {
        ProjectFiles first = ProjectFiles.create(dir.resolve("repo/first"), "first");
        first.write("models/a.sql", "select 1 as id\n");
        ProjectFiles second = ProjectFiles.create(dir.resolve("repo/second"), "second");
        Path broken = second.write("models/b.sql", "select * from {{ ref('a') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir.resolve("repo"), null);
            List<Diagnostic> diagnostics = connection.client.awaitDiagnostics(Connection.uri(broken),
                    d -> !d.isEmpty(), 0);
            assertEquals("ref-unknown", diagnostics.get(0).getCode().getLeft());
            StatusParams status = connection.client.awaitReady(2, 0);
            assertEquals(Set.of(first.root().toString(), second.root().toString()),
                    status.projects().stream().map(StatusParams.ProjectStatus::root).collect(Collectors.toSet()));

            // an edit in the second project rebuilds it alone
            int mark = connection.client.mark();
            connection.open(broken, "select * from {{ ref('a') }}\n");
            second.write("models/a.sql", "select 2 as id\n");
            connection.changedOnDisk(org.eclipse.lsp4j.FileChangeType.Created, second.path("models/a.sql"));
            connection.client.awaitDiagnostics(Connection.uri(broken), List::isEmpty, mark);
        }
    }
}

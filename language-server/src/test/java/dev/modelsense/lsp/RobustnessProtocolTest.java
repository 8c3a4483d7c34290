package dev.modelsense.lsp;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits bursts, huge and broken files: the server stays up and ends with the right diagnostics. */
class RobustnessProtocolTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredRapidEditsEndInOneRebuildWithTheFinalDiagnostics() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path model = project.write("models/b.sql", "select * from {{ ref('a') }}\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            connection.open(model, "select * from {{ ref('a') }}\n");

            CountDownLatch release = connection.pauseWriter(project.root());
            for (int i = 0; i < 200; i++) {
                // alternate between a broken and a valid ref; the last edit leaves it broken
                connection.replace(model, "select * from {{ ref('" + (i % 2 == 0 ? "a" : "missing_" + i) + "') }}\n");
            }
            connection.barrier();
            int mark = connection.client.mark();
            release.countDown();

            List<Diagnostic> last = connection.client.awaitDiagnostics(Connection.uri(model), d -> !d.isEmpty(), mark);
            assertTrue(last.get(0).getMessage().contains("missing_199"), last.get(0).getMessage());
            connection.client.awaitReady(1, mark);
            // superseded edits were skipped: one rebuild, one status
            assertEquals(1, connection.client.since(StatusParams.class, mark).size());
            assertEquals(1, connection.client.since(PublishDiagnosticsParams.class, mark).size());
        }
    }

    @Test
    void aFiveMegabyteModelCompiles() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        StringBuilder big = new StringBuilder("select * from {{ ref('a') }}\n");
        while (big.length() < 5_000_000) {
            big.append("union all select ").append(big.length()).append(" as id -- padding padding padding\n");
        }
        Path model = project.path("models/big.sql");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);
            int mark = connection.client.mark();
            connection.open(model, big.toString());
            connection.client.awaitReady(1, mark);
            CompiledSqlResult compiled = Connection.join(connection.remote.compiledSql(
                    new CompiledSqlParams(Connection.uri(model))));
            assertEquals(CompiledSqlResult.UP_TO_DATE, compiled.status());
            assertTrue(compiled.sql().length() > 4_900_000);
        }
    }

    @Test
    void binaryDeletedAndInvalidProjectFilesKeepTheServerUp() throws IOException {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        Path user = project.write("models/user.sql", "select * from {{ ref('a') }}\n");
        Path binary = project.path("models/blob.sql");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);

            // an invalid dbt_project.yml mid-edit is reported on that file, and clears when fixed
            Path projectFile = project.path("dbt_project.yml");
            String valid = Files.readString(projectFile);
            int mark = connection.client.mark();
            connection.open(projectFile, valid);
            connection.replace(projectFile, "name: shop\nprofile: [shop\n");
            List<Diagnostic> invalid = connection.client.awaitDiagnostics(Connection.uri(projectFile),
                    d -> !d.isEmpty(), mark);
            assertEquals("yaml-syntax", invalid.get(0).getCode().getLeft());
            mark = connection.client.mark();
            connection.replace(projectFile, valid);
            connection.client.awaitDiagnostics(Connection.uri(projectFile), List::isEmpty, mark);
            connection.client.awaitReady(1, mark);

            // deleting a model breaks the ref to it
            mark = connection.client.mark();
            Files.delete(project.path("models/a.sql"));
            connection.changedOnDisk(FileChangeType.Deleted, project.path("models/a.sql"));
            List<Diagnostic> broken = connection.client.awaitDiagnostics(Connection.uri(user), d -> !d.isEmpty(), mark);
            assertEquals("ref-unknown", broken.get(0).getCode().getLeft());

            // a request about a file in no project is a clear error, and the server answers the next one
            var error = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    () -> Connection.join(connection.remote.compiledSql(new CompiledSqlParams(
                            Connection.uri(dir.resolve("elsewhere.sql"))))));
            assertTrue(error.getCause().getMessage().contains("is not in any dbt project"), error.getCause().getMessage());
            var notAFile = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    () -> Connection.join(connection.remote.compiledSql(new CompiledSqlParams("untitled:Untitled-1"))));
            assertTrue(notAFile.getCause().getMessage().contains("Expected a file: URI"));
            assertEquals(0, connection.exit());
        }
    }

    @Test
    void projectsComeAndGoWithTheirDbtProjectFile() throws IOException {
        ProjectFiles first = ProjectFiles.create(dir.resolve("first"), "first");
        first.write("models/a.sql", "select 1 as id\n");
        try (Connection connection = new Connection(dir.resolve("home"))) {
            connection.initialize(dir, null);
            connection.client.awaitReady(1, 0);

            int mark = connection.client.mark();
            ProjectFiles second = ProjectFiles.create(dir.resolve("second"), "second");
            Path broken = second.write("models/b.sql", "select * from {{ ref('nope') }}\n");
            connection.changedOnDisk(FileChangeType.Created, second.path("dbt_project.yml"), broken);
            connection.client.awaitDiagnostics(Connection.uri(broken), d -> !d.isEmpty(), mark);
            connection.client.awaitReady(2, mark);

            mark = connection.client.mark();
            Files.delete(second.path("dbt_project.yml"));
            connection.changedOnDisk(FileChangeType.Deleted, second.path("dbt_project.yml"));
            connection.client.awaitDiagnostics(Connection.uri(broken), List::isEmpty, mark);
            connection.client.awaitReady(1, mark);
        }
    }
}

package dev.modelsense.lsp;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code modelsense serve} as an editor starts it: a process speaking LSP on stdin/stdout. */
class ServeProcessTest {

    @TempDir
    Path dir;

    @Test
    void servesOverStdioAndExitsZeroAfterShutdown() throws Exception {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        Path model = project.write("models/a.sql", "select * from {{ ref('missing') }}\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.modelsense.cli.Main", "serve")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            RecordingClient client = new RecordingClient();
            // any byte on stdout that is not a protocol message would fail this launcher's parser
            Launcher<ServerProtocol> launcher = new LSPLauncher.Builder<ServerProtocol>().setLocalService(client)
                    .setRemoteInterface(ServerProtocol.class).setInput(process.getInputStream())
                    .setOutput(process.getOutputStream()).setExecutorService(threads).create();
            launcher.startListening();
            ServerProtocol server = launcher.getRemoteProxy();
            InitializeParams params = new InitializeParams();
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(Connection.uri(dir), "ws")));
            params.setInitializationOptions(com.google.gson.JsonParser.parseString("{\"debounceMillis\": 0}"));
            assertTrue(Connection.join(server.initialize(params)).getCapabilities().getTextDocumentSync().isRight());
            server.initialized(new InitializedParams());
            client.awaitDiagnostics(Connection.uri(model), d -> !d.isEmpty(), 0);
            Connection.join(server.shutdown());
            server.exit();
            assertTrue(process.waitFor(RecordingClient.TIMEOUT_SECONDS, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
            threads.shutdownNow();
        }
    }
}

package dev.modelsense.intellij;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensCapabilities;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What LSP4IJ does with the server, over a real process's stdio: start the command in its folder, initialize with
 * LSP4IJ's client capabilities, open dbt files, receive diagnostics and progress, ask for code lenses, execute the
 * compiled-SQL lens's command on the server and receive {@code window/showDocument}, shut down.
 */
final class ServerConversation {

    static final String SHOW_COMPILED_SQL = "modelsense.showCompiledSql";

    private ServerConversation() {
    }

    /** The server jar the language-server module built (the reactor builds it before this module's process tests). */
    static Path builtServerJar() {
        Path jar = Path.of(System.getProperty("modelsense.server.jar"));
        assertTrue(Files.isRegularFile(jar), "No server jar at " + jar
                + ": build it first (mvn -pl language-server package, or mvn verify from the root)");
        return jar;
    }

    /** A small dbt project (duckdb profile inside it) with a model that compiles and one with an unknown ref. */
    static Path writeProject(Path root) throws IOException {
        write(root.resolve("dbt_project.yml"), "name: shop\nprofile: shop\n");
        write(root.resolve("profiles.yml"), """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/dev.duckdb
                      schema: main
                """);
        write(root.resolve("models/base.sql"), "select 1 as id\n");
        write(root.resolve("models/orders.sql"), "select id from {{ ref('base') }}\n");
        write(root.resolve("models/broken.sql"), "select * from {{ ref('nowhere') }}\n");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs the whole conversation with the server started by {@code command} in {@code workingDirectory}. */
    static RecordingEditor run(List<String> command, Path workingDirectory, Path project, String initializationOptions,
                               Path stderr) throws Exception {
        // LSP4IJ's ProcessStreamConnectionProvider: ProcessBuilder(commands), directory(workingDir), inherited env
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(stderr.toFile()).start();
        ExecutorService threads = Executors.newCachedThreadPool();
        RecordingEditor editor = new RecordingEditor();
        try {
            Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>().setLocalService(editor)
                    .setRemoteInterface(LanguageServer.class).setInput(process.getInputStream())
                    .setOutput(process.getOutputStream()).setExecutorService(threads).create();
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            talk(server, editor, project, initializationOptions, stderr);
            assertTrue(process.waitFor(RecordingEditor.TIMEOUT_SECONDS, TimeUnit.SECONDS),
                    "the server did not exit after shutdown and exit");
            assertEquals(0, process.exitValue(), () -> "exit code; stderr: " + read(stderr));
            return editor;
        } finally {
            process.destroyForcibly();
            threads.shutdownNow();
        }
    }

    private static void talk(LanguageServer server, RecordingEditor editor, Path project, String initializationOptions,
                             Path stderr) throws Exception {
        String projectUri = project.toUri().toString();
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(projectUri);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(projectUri, project.getFileName().toString())));
        params.setCapabilities(lsp4ijCapabilities());
        params.setInitializationOptions(JsonParser.parseString(initializationOptions));
        params.setClientInfo(new org.eclipse.lsp4j.ClientInfo("LSP4IJ-like test client"));
        InitializeResult result = join(server.initialize(params), stderr);
        assertNotNull(result.getCapabilities().getCodeLensProvider(), "code lenses");
        List<String> commands = result.getCapabilities().getExecuteCommandProvider().getCommands();
        // LSP4IJ sends workspace/executeCommand only for commands the server lists; others would need an IDE action
        assertTrue(commands.contains(SHOW_COMPILED_SQL), commands.toString());
        server.initialized(new InitializedParams());

        Path orders = project.resolve("models/orders.sql");
        Path broken = project.resolve("models/broken.sql");
        open(server, orders);
        open(server, broken);

        List<Diagnostic> problems = editor.await(org.eclipse.lsp4j.PublishDiagnosticsParams.class,
                p -> sameFile(p.getUri(), broken) && !p.getDiagnostics().isEmpty()).getDiagnostics();
        assertTrue(problems.stream().anyMatch(d -> d.getMessage().contains("nowhere")), problems.toString());
        assertEquals(0, problems.get(0).getRange().getStart().getLine());

        // the build reported progress as LSP4IJ shows it: a created token, then begin ... end
        WorkDoneProgressCreateParams created = editor.await(WorkDoneProgressCreateParams.class, p -> true);
        editor.await(ProgressParams.class, p -> p.getToken().equals(created.getToken())
                && p.getValue().isLeft() && p.getValue().getLeft() instanceof WorkDoneProgressEnd);
        editor.await(JsonObject.class, ServerConversation::everyProjectReady);

        List<? extends CodeLens> lenses = join(server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(orders.toUri().toString()))), stderr);
        Command compiledSql = lenses.stream().map(CodeLens::getCommand)
                .filter(c -> c != null && SHOW_COMPILED_SQL.equals(c.getCommand())).findFirst()
                .orElseThrow(() -> new AssertionError("no compiled-SQL lens in " + lenses));

        // what LSP4IJ's CommandExecutor sends for a lens whose command the server advertises
        Object shownUri = join(server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(compiledSql.getCommand(), compiledSql.getArguments())), stderr);
        ShowDocumentParams shown = editor.await(ShowDocumentParams.class, p -> p.getUri().endsWith(".sql"));
        assertEquals(shown.getUri(), shownUri instanceof JsonElement json ? json.getAsString() : shownUri);
        Path compiled = Path.of(URI.create(shown.getUri()));
        assertTrue(compiled.startsWith(project.resolve("target")), compiled.toString());
        String sql = Files.readString(compiled);
        assertTrue(sql.contains("base") && !sql.contains("{{"), sql);
        assertFalse(DbtProjectFiles.matches(compiled), "compiled SQL must not be attached to the server again");

        join(server.shutdown(), stderr);
        server.exit();
    }

    private static ClientCapabilities lsp4ijCapabilities() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setExecuteCommand(new ExecuteCommandCapabilities(true));
        workspace.setWorkspaceFolders(true);
        workspace.setConfiguration(true);
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setCodeLens(new CodeLensCapabilities(true));
        text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        window.setShowDocument(new ShowDocumentCapabilities(true));
        return new ClientCapabilities(workspace, text, window, null);
    }

    private static void open(LanguageServer server, Path file) throws IOException {
        String languageId = file.toString().endsWith(".sql") ? "jinja-sql" : "yaml";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(file.toUri().toString(), languageId, 1, Files.readString(file))));
    }

    private static boolean everyProjectReady(JsonObject status) {
        var projects = status.getAsJsonArray("projects");
        if (projects == null || projects.isEmpty()) {
            return false;
        }
        for (JsonElement project : projects) {
            if (!"ready".equals(project.getAsJsonObject().get("state").getAsString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFile(String uri, Path file) {
        return Path.of(URI.create(uri)).equals(file);
    }

    private static <T> T join(CompletableFuture<T> future, Path stderr) throws Exception {
        try {
            return future.get(RecordingEditor.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("request failed; server stderr: " + read(stderr), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}

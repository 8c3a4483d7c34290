package dev.modelsense.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server and a recording editor talking JSON-RPC over in-memory pipes. Rebuilds run on one real writer thread per
 * project with no debounce delay; {@link #pauseWriter} holds a project's writer so a burst of edits queues up.
 */
final class Connection implements AutoCloseable {

    final RecordingClient client = new RecordingClient();
    final DbtLanguageServer server;
    final ServerProtocol remote;
    private final Map<Path, ExecutorService> writers = new ConcurrentHashMap<>();
    private final ExecutorService requests = Executors.newCachedThreadPool();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final ExecutorService clientThreads = Executors.newCachedThreadPool();
    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();
    private final AtomicInteger versions = new AtomicInteger(1);
    private boolean exited;

    Connection(Path home, Features features) {
        this(home, features, dev.modelsense.conventions.ConventionChecks::new);
    }

    /** With convention checks of the test's making (e.g. extra rules whose findings carry fixes). */
    Connection(Path home, Features features,
               java.util.function.Function<dev.modelsense.checks.SqlChecks,
                       dev.modelsense.conventions.ConventionChecks> conventions) {
        ServerExecutors executors = new ServerExecutors(requests,
                root -> {
                    ExecutorService writer = Executors.newSingleThreadExecutor();
                    writers.put(root, writer);
                    return writer;
                },
                Scheduler.immediate(), () -> { });
        server = new DbtLanguageServer(executors, new ServerEnvironment(Map.of(), home, 1), features, conventions);
        Launcher<ClientProtocol> serverSide = ServerLauncher.connect(server, toServer.in, toClient.out, serverThreads);
        Launcher<ServerProtocol> clientSide = new LSPLauncher.Builder<ServerProtocol>()
                .setLocalService(client).setRemoteInterface(ServerProtocol.class)
                .setInput(toClient.in).setOutput(toServer.out).setExecutorService(clientThreads).create();
        remote = clientSide.getRemoteProxy();
        serverSide.startListening();
        clientSide.startListening();
    }

    Connection(Path home) {
        this(home, new Features());
    }

    /** initialize (with progress and dynamic file watching) then initialized. */
    InitializeResult initialize(Path folder, Object initializationOptions) {
        return initialize(folder, initializationOptions, capabilities -> { });
    }

    /** Like {@link #initialize(Path, Object)}, with capabilities the test adds. */
    InitializeResult initialize(Path folder, Object initializationOptions,
                                java.util.function.Consumer<ClientCapabilities> more) {
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(folder), "ws")));
        params.setInitializationOptions(initializationOptions);
        ClientCapabilities capabilities = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        org.eclipse.lsp4j.WorkspaceEditCapabilities edits = new org.eclipse.lsp4j.WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspace);
        more.accept(capabilities);
        params.setCapabilities(capabilities);
        InitializeResult result = join(remote.initialize(params));
        remote.initialized(new InitializedParams());
        return result;
    }

    void open(Path file, String text) {
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "jinja-sql", versions.incrementAndGet(), text)));
    }

    void replace(Path file, String text) {
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), versions.incrementAndGet()),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    void edit(Path file, org.eclipse.lsp4j.Range range, String text) {
        remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), versions.incrementAndGet()),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    void changedOnDisk(FileChangeType type, Path... files) {
        List<FileEvent> events = java.util.Arrays.stream(files).map(f -> new FileEvent(uri(f), type)).toList();
        remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
    }

    /**
     * Blocks the project's writer until the returned latch is counted down; everything scheduled meanwhile queues
     * behind it.
     */
    CountDownLatch pauseWriter(Path root) {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch paused = new CountDownLatch(1);
        writers.get(root.toAbsolutePath().normalize()).execute(() -> {
            paused.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            paused.await(RecordingClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return release;
    }

    /** A round trip: when it returns, the server has handled every notification sent before it. */
    void barrier() {
        join(remote.getWorkspaceService().executeCommand(
                new org.eclipse.lsp4j.ExecuteCommandParams("no-such-command", List.of()))
                .handle((ok, error) -> null));
    }

    int exit() {
        join(remote.shutdown());
        remote.exit();
        exited = true;
        return join(server.exitCode());
    }

    static String uri(Path path) {
        return Conversions.uriOf(path);
    }

    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(RecordingClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new java.util.concurrent.CompletionException(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (!exited) {
            remote.shutdown().handle((ok, error) -> null);
            remote.exit();
        }
        toServer.close();
        toClient.close();
        writers.values().forEach(ExecutorService::shutdownNow);
        requests.shutdownNow();
        serverThreads.shutdownNow();
        clientThreads.shutdownNow();
    }
}

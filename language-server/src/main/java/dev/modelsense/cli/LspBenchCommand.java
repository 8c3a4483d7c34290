package dev.modelsense.cli;

import com.google.gson.Gson;
import dev.modelsense.lsp.ClientProtocol;
import dev.modelsense.lsp.DbtLanguageServer;
import dev.modelsense.lsp.ServerEnvironment;
import dev.modelsense.lsp.ServerExecutors;
import dev.modelsense.lsp.ServerLauncher;
import dev.modelsense.lsp.ServerProtocol;
import dev.modelsense.lsp.StandardFeatures;
import dev.modelsense.lsp.StatusParams;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code modelsense bench-lsp}: a scripted editor against the language server on a synthetic project (over a loopback
 * socket, as an editor connects): time to the open file's first diagnostics, edit-to-diagnostics latency, an edit
 * that changes a model's columns, completion latency and size, and the heap with everything compiled.
 */
@Command(name = "bench-lsp", mixinStandardHelpOptions = true, description = "Benchmark the language server with a scripted editor.")
final class LspBenchCommand implements Callable<Integer> {

    @Option(names = "--models", defaultValue = "10000", description = "Size of the synthetic project.")
    int models;

    @Option(names = "--conventions", description = "Give the project a modelsense.yml with a column-name contract.")
    boolean conventions;

    @Option(names = "--edits", defaultValue = "200", description = "Edits to the open model.")
    int edits;

    @Option(names = "--completions", defaultValue = "200", description = "Completion requests.")
    int completions;

    private static final String BROKEN = "select * from {{ ref('int_0') }} join {{ ref('missing_model') }} using (entity_id)\n";
    private static final String FIXED = "select * from {{ ref('int_0') }} join {{ ref('int_1') }} using (entity_id)\n";

    /** Held so the level sticks: each end's reader reports its socket closing at the end of the run. */
    private static final java.util.logging.Logger STREAM_LOG =
            java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer");

    @Override
    public Integer call() throws Exception {
        STREAM_LOG.setLevel(java.util.logging.Level.WARNING);
        Path root = Files.createTempDirectory("ms-bench-lsp-");
        SyntheticProject.write(root, models, conventions);
        Path open = root.resolve("models/marts/bench_open.sql");
        Files.writeString(open, BROKEN);
        String uri = open.toUri().toString();
        BenchClient client = new BenchClient();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serverDone = CompletableFuture.runAsync(() -> serve(listener), threads);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                socket.setTcpNoDelay(true);
                Launcher<ServerProtocol> launcher = new LSPLauncher.Builder<ServerProtocol>().setLocalService(client)
                        .setRemoteInterface(ServerProtocol.class).setInput(socket.getInputStream())
                        .setOutput(socket.getOutputStream()).setExecutorService(threads).create();
                java.util.concurrent.Future<Void> listening = launcher.startListening();
                ServerProtocol server = launcher.getRemoteProxy();
                run(server, client, root, uri, open);
                server.shutdown().get(60, TimeUnit.SECONDS);
                server.exit();
                serverDone.get(60, TimeUnit.SECONDS);
                listening.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return 0;
    }

    private static void serve(ServerSocket listener) {
        try (Socket socket = listener.accept()) {
            socket.setTcpNoDelay(true);
            DbtLanguageServer server = new DbtLanguageServer(ServerExecutors.daemons(), ServerEnvironment.ofProcess(),
                    StandardFeatures.all());
            ServerLauncher.serve(server, socket.getInputStream(), socket.getOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(ServerProtocol server, BenchClient client, Path root, String uri, Path open) throws Exception {
        long start = System.nanoTime();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
        init.setInitializationOptions(Map.of("debounceMillis", 0));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "jinja-sql", 1, BROKEN)));
        client.awaitDiagnostics(uri, false);
        long firstDiagnostics = System.nanoTime() - start;
        client.awaitStatus();
        long fullCompile = System.nanoTime() - start;
        System.out.printf("models: %d%s%n", models, conventions ? " (with a column-name contract)" : "");
        System.out.printf("time to first diagnostics of the open file: %d ms (full compile done after %d ms)%n",
                firstDiagnostics / 1_000_000, fullCompile / 1_000_000);

        List<Long> editLatencies = new ArrayList<>();
        int version = 1;
        for (int i = 0; i < edits; i++) {
            boolean fix = i % 2 == 0;
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, ++version),
                    List.of(new TextDocumentContentChangeEvent(fix ? FIXED : BROKEN))));
            client.awaitDiagnostics(uri, fix);
            editLatencies.add(System.nanoTime() - sent);
        }
        System.out.printf("edit -> diagnostics of that model (%d edits): p50 %.1f ms, p99 %.1f ms%n", edits,
                percentile(editLatencies, 50), percentile(editLatencies, 99));

        Path staging = root.resolve("models/staging/stg_0.sql");
        String stagingUri = staging.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(stagingUri, "jinja-sql", 1, Files.readString(staging))));
        client.awaitStatus();
        List<Long> columnLatencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            client.clearStatus();
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(stagingUri, i + 2), List.of(new TextDocumentContentChangeEvent(
                    "select id as entity_id, created_at, status, amount_cents / 100.0 as amount_" + i
                            + " from {{ source('raw_0', 'table_0') }}\n"))));
            client.awaitStatus();
            columnLatencies.add(System.nanoTime() - sent);
        }
        System.out.printf("edit changing a model's columns -> its project rebuilt and diagnostics published "
                + "(20 edits): p50 %.1f ms, p99 %.1f ms%n", percentile(columnLatencies, 50),
                percentile(columnLatencies, 99));

        List<Long> completionLatencies = new ArrayList<>();
        int largest = 0;
        Gson gson = new Gson();
        for (int i = 0; i < completions; i++) {
            long sent = System.nanoTime();
            CompletionList list = server.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(uri), new Position(0, 22))).get(60, TimeUnit.SECONDS).getRight();
            completionLatencies.add(System.nanoTime() - sent);
            largest = Math.max(largest, gson.toJson(list).getBytes(StandardCharsets.UTF_8).length);
        }
        System.out.printf("completion in ref(' (%d requests, round trip): p50 %.1f ms, p99 %.1f ms, largest "
                + "response %.1f KB%n", completions, percentile(completionLatencies, 50),
                percentile(completionLatencies, 99), largest / 1024.0);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap with every model compiled (after GC): %.0f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Records what the server sends; the script waits on it. */
    static final class BenchClient implements ClientProtocol {
        private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        private final BlockingQueue<StatusParams> statuses = new LinkedBlockingQueue<>();

        void awaitDiagnostics(String uri, boolean empty) throws InterruptedException {
            while (true) {
                PublishDiagnosticsParams params = diagnostics.poll(120, TimeUnit.SECONDS);
                if (params == null) {
                    throw new IllegalStateException("no diagnostics for " + uri);
                }
                if (params.getUri().equals(uri) && params.getDiagnostics().isEmpty() == empty) {
                    return;
                }
            }
        }

        void awaitStatus() throws InterruptedException {
            while (true) {
                StatusParams status = statuses.poll(300, TimeUnit.SECONDS);
                if (status == null) {
                    throw new IllegalStateException("no status from the server");
                }
                if (status.projects().stream().allMatch(p -> "ready".equals(p.state()))) {
                    return;
                }
            }
        }

        void clearStatus() {
            statuses.clear();
        }

        @Override
        public void status(StatusParams params) {
            statuses.add(params);
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}

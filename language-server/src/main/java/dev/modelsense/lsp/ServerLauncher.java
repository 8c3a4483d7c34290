package dev.modelsense.lsp;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Connects a {@link DbtLanguageServer} to an editor over a pair of streams (stdio or a socket). */
public final class ServerLauncher {

    private ServerLauncher() {
    }

    /** The JSON-RPC connection; {@code protocolThreads} runs the message reader. */
    public static Launcher<ClientProtocol> connect(DbtLanguageServer server, InputStream in, OutputStream out,
                                                  ExecutorService protocolThreads) {
        Launcher<ClientProtocol> launcher = new LSPLauncher.Builder<ClientProtocol>()
                .setLocalService(server)
                .setRemoteInterface(ClientProtocol.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(protocolThreads)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /**
     * Serves one editor until it sends {@code exit} or closes the stream; returns the exit code (0 after an orderly
     * shutdown, 1 otherwise).
     */
    public static int serve(DbtLanguageServer server, InputStream in, OutputStream out) {
        ExecutorService protocolThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "modelsense-protocol");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Void> listening = connect(server, in, out, protocolThreads).startListening();
            CompletableFuture<Integer> streamClosed = CompletableFuture.supplyAsync(() -> {
                try {
                    listening.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // the stream broke: same as closed
                }
                return 1;
            }, protocolThreads);
            return (Integer) CompletableFuture.anyOf(server.exitCode(), streamClosed).join();
        } finally {
            protocolThreads.shutdownNow();
        }
    }
}
